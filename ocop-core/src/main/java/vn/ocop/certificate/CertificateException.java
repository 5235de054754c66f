package vn.ocop.certificate;

import java.util.Optional;

/** A certificate that cannot be issued, revoked or replaced as asked; names the certificate and the product. */
public class CertificateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String certificateNumber;
  private final String productId;

  /**
   * Creates the exception.
   *
   * @param certificateNumber the certificate's number, or null if it has none yet
   * @param productId the product's id, or null if unknown
   * @param message the whole message
   */
  public CertificateException(String certificateNumber, String productId, String message) {
    super(message);
    this.certificateNumber = certificateNumber;
    this.productId = productId;
  }

  /** {@return the certificate at fault, if it has a number yet} */
  public Optional<String> certificateNumber() {
    return Optional.ofNullable(certificateNumber);
  }

  /** {@return the product at fault} */
  public Optional<String> productId() {
    return Optional.ofNullable(productId);
  }
}
