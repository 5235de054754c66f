package vn.ocop.spring.example;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.spring.OcopRules;

/**
 * {@code POST /rounds/evaluate}: an {@code ocop-round/1} file, as the JSON body or as the multipart
 * part {@code file}, in; the {@code ocop-results/1} JSON out, byte for byte what {@code ocop evaluate
 * --format json} writes. A round that cannot be read or evaluated is HTTP 400, a problem detail
 * ({@code application/problem+json}) whose {@code detail} is the command's one-line error, naming the
 * file (the uploaded file's name, or {@code round.json} for a body), line, column and JSON path.
 */
@RestController
class RoundsController {
  private final OcopRules rules;

  RoundsController(OcopRules rules) {
    this.rules = rules;
  }

  @PostMapping(path = "/rounds/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> evaluate(InputStream round) {
    return ok(RoundEvaluation.evaluate(RoundEvaluation.DEFAULT_NAME, round, rules.holder()));
  }

  @PostMapping(path = "/rounds/evaluate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> evaluate(@RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ok(RoundEvaluation.evaluate(file.getOriginalFilename(), in, rules.holder()));
    }
  }

  private static ResponseEntity<byte[]> ok(byte[] results) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(results);
  }

  @ExceptionHandler(RoundEvaluation.BadRoundException.class)
  ProblemDetail badRound(RoundEvaluation.BadRoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("The round cannot be evaluated");
    return problem;
  }
}
