package vn.ocop.cycle;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A transition the policy refused: names the product, the step it is at, the step asked for and every unmet condition. */
public class TransitionRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String productId;
  private final CycleStep current;
  private final CycleStep requested;
  private final List<UnmetCondition> conditions;

  /**
   * Creates the exception, with a message naming the product, the steps, the date and the conditions.
   *
   * @param request the refused transition
   * @param conditions the unmet conditions, at least one
   */
  public TransitionRefusedException(TransitionRequest request, List<UnmetCondition> conditions) {
    super("Product '" + request.product().id() + "' (" + request.product().name() + ") cannot move "
        + request.current().map(s -> "from step " + s).orElse("into the cycle") + " to step " + request.requested()
        + " on " + request.date() + ": " + conditions.stream().map(UnmetCondition::toString).collect(Collectors.joining("; ")));
    this.productId = request.product().id();
    this.current = request.current().orElse(null);
    this.requested = request.requested();
    this.conditions = List.copyOf(conditions);
  }

  /** {@return the id of the product refused} */
  public String productId() {
    return productId;
  }

  /** {@return the step the product is at; empty when it was entering the cycle} */
  public Optional<CycleStep> current() {
    return Optional.ofNullable(current);
  }

  /** {@return the step asked for} */
  public CycleStep requested() {
    return requested;
  }

  /** {@return the unmet conditions, at least one} */
  public List<UnmetCondition> conditions() {
    return conditions;
  }
}
