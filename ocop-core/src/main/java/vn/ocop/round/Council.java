package vn.ocop.round;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluation and ranking council (hội đồng đánh giá, phân hạng sản phẩm OCOP): its members, one
 * of them the chair. Immutable and thread-safe; councils have about 7–15 members.
 *
 * <pre>{@code
 * Council council = Council.builder()
 *     .chair("m1", "Nguyễn Văn An")
 *     .member("m2", "Trần Thị Bình")
 *     .member("m3", "Lê Văn Cường")
 *     .build();
 * }</pre>
 */
public final class Council {
  private final List<CouncilMember> members;

  private Council(List<CouncilMember> members) {
    this.members = List.copyOf(members);
  }

  /**
   * A council of the given members.
   *
   * @param members the members, in order; exactly one of them the chair
   * @return the council
   * @throws IllegalArgumentException if there are no members, a member id repeats, or there is not exactly one chair
   */
  public static Council of(List<CouncilMember> members) {
    Set<String> ids = new HashSet<>();
    long chairs = 0;
    for (CouncilMember m : members) {
      if (!ids.add(m.id())) {
        throw new IllegalArgumentException("Council member id '" + m.id() + "' is used twice");
      }
      if (m.role() == CouncilRole.CHAIR) {
        chairs++;
      }
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("A council needs members");
    }
    if (chairs != 1) {
      throw new IllegalArgumentException("A council has exactly one chair, this one has " + chairs);
    }
    return new Council(members);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the members in the order given} */
  public List<CouncilMember> members() {
    return members;
  }

  /** {@return the number of members} */
  public int size() {
    return members.size();
  }

  /** {@return the chair} */
  public CouncilMember chair() {
    return members.stream().filter(m -> m.role() == CouncilRole.CHAIR).findFirst().orElseThrow();
  }

  /**
   * {@return the member with the given id, if on this council}
   *
   * @param id the member's id
   */
  public Optional<CouncilMember> member(String id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * {@return whether a member with the given id sits on this council}
   *
   * @param id the member's id
   */
  public boolean hasMember(String id) {
    return member(id).isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Council c && c.members.equals(members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "Council" + members;
  }

  /** Builds a {@link Council} member by member. Not thread-safe. */
  public static final class Builder {
    private final List<CouncilMember> members = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the chair.
     *
     * @param id the member's id, unique on the council
     * @param name the member's name
     * @return this builder
     */
    public Builder chair(String id, String name) {
      return add(new CouncilMember(id, name, CouncilRole.CHAIR));
    }

    /**
     * Adds a vice-chair.
     *
     * @param id the member's id, unique on the council
     * @param name the member's name
     * @return this builder
     */
    public Builder viceChair(String id, String name) {
      return add(new CouncilMember(id, name, CouncilRole.VICE_CHAIR));
    }

    /**
     * Adds an ordinary member.
     *
     * @param id the member's id, unique on the council
     * @param name the member's name
     * @return this builder
     */
    public Builder member(String id, String name) {
      return add(new CouncilMember(id, name, CouncilRole.MEMBER));
    }

    /**
     * Adds a member.
     *
     * @param member the member to add
     * @return this builder
     */
    public Builder add(CouncilMember member) {
      members.add(member);
      return this;
    }

    /**
     * Builds the council.
     *
     * @return the council of the members added
     * @throws IllegalArgumentException if there are no members, a member id repeats, or there is not exactly one chair
     */
    public Council build() {
      return Council.of(members);
    }
  }
}
