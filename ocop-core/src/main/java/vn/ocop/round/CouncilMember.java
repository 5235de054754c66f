package vn.ocop.round;

import vn.ocop.NullArgumentException;


/**
 * A member of an evaluation council.
 *
 * @param id a stable identifier, unique on the council; scorecards name members by it
 * @param name the member's name
 * @param role the member's role
 */
public record CouncilMember(String id, String name, CouncilRole role) {
  /**
   * Checks the components.
   *
   * @param id a stable identifier, unique on the council
   * @param name the member's name
   * @param role the member's role
   * @throws NullArgumentException if a component is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public CouncilMember {
    NullArgumentException.check(id, "id");
    NullArgumentException.check(name, "name");
    NullArgumentException.check(role, "role");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A council member needs an id (member '" + name + "')");
    }
  }
}
