package vn.ocop.spring.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An example Spring Boot application that evaluates OCOP rounds over HTTP with the rule packs of
 * {@code ocop-spring-boot-starter}:
 *
 * <pre>
 * java -jar ocop-spring-example/target/ocop-spring-example-0.1.0-SNAPSHOT.jar [--ocop.rules.directory=my-packs]
 * curl -s -H 'Content-Type: application/json' --data-binary @round.json http://localhost:8080/rounds/evaluate
 * curl -s -F file=@round.json http://localhost:8080/rounds/evaluate
 * curl -s http://localhost:8080/actuator/health
 * </pre>
 */
@SpringBootApplication
public class OcopSpringExample {

  /** Starts the application; Spring Boot's command-line arguments ({@code --server.port=8081}) apply. */
  public static void main(String[] args) {
    SpringApplication.run(OcopSpringExample.class, args);
  }
}
