package vn.ocop.rules;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one class file that Drools' Java compiler produced for a custom rule against the
 * allow-list of {@link CompiledRuleCheck}: the trust boundary of DESIGN.md decision 5 is held on the
 * compiled code, not on the DRL text, so comments, strings, text blocks and unicode escapes cannot
 * hide anything from it.
 *
 * <p>The class file is read here (constant pool, fields, methods, their {@code Code} attributes,
 * JVMS chapter 4) without loading the class. Every instruction that reaches outside the method is
 * checked: field access, method calls, object and array creation, casts, {@code ldc} of a class,
 * method handle or method type, and {@code invokedynamic}. For user code (not the Drools invoker
 * glue) it also rejects backward jumps, switch tables, exception handlers and {@code
 * monitorenter}, so that every method runs each instruction at most once: a consequence always
 * terminates.
 */
final class ClassFileCheck {

  /** What the class may reference. */
  interface Policy {
    /** Why {@code owner.name desc} may not be called or read, or {@code null} if it may. */
    String member(String owner, String name, String desc, int opcode, boolean glue);

    /** Why class {@code internalName} may not be created, cast to or tested, or {@code null}. */
    String type(String internalName, int opcode, boolean glue);

    /** Why the bootstrap method {@code owner.name} may not be used by invokedynamic, or {@code null}. */
    String bootstrap(String owner, String name, boolean glue);
  }

  /** A violation found in a method of the class. */
  record Violation(String className, String method, String message) {}

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELDREF = 9;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  /** The largest array a rule may create with a constant length (varargs of a few values). */
  static final int MAX_ARRAY = 64;

  private final byte[] bytes;
  private int[] tags;
  private int[] a;
  private int[] b;
  private Object[] values;
  private String className;
  private final List<Violation> out = new ArrayList<>();

  private ClassFileCheck(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The name (internal form, {@code a/b/C}) of the class in {@code bytes}, or {@code null} if it is not a class file. */
  static String className(byte[] bytes) {
    try {
      ClassFileCheck c = new ClassFileCheck(bytes);
      DataInputStream in = c.open();
      in.readUnsignedShort();
      return c.className(in.readUnsignedShort());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The names of the interfaces and the super class of the class in {@code bytes} (internal form). */
  static List<String> supertypes(byte[] bytes) {
    try {
      ClassFileCheck c = new ClassFileCheck(bytes);
      DataInputStream in = c.open();
      in.readUnsignedShort();
      in.readUnsignedShort();
      List<String> types = new ArrayList<>();
      int sup = in.readUnsignedShort();
      types.add(sup == 0 ? "" : c.className(sup));
      int n = in.readUnsignedShort();
      for (int i = 0; i < n; i++) {
        types.add(c.className(in.readUnsignedShort()));
      }
      return types;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * Every violation of {@code policy} in the class; {@code glue} marks a Drools invoker class, whose
   * methods may branch backwards and hold a lock (they are generated from Drools' own templates).
   */
  static List<Violation> check(byte[] bytes, Policy policy, boolean glue) {
    ClassFileCheck c = new ClassFileCheck(bytes);
    try {
      c.run(policy, glue);
    } catch (IOException | RuntimeException e) {
      c.out.add(new Violation(c.className == null ? "?" : c.className, "", "the compiled class cannot be read: " + e));
    }
    return c.out;
  }

  private DataInputStream open() throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    tags = new int[count];
    a = new int[count];
    b = new int[count];
    values = new Object[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case UTF8 -> values[i] = in.readUTF();
        case INTEGER, FLOAT -> in.readInt();
        case LONG, DOUBLE -> {
          in.readLong();
          i++;
        }
        case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> a[i] = in.readUnsignedShort();
        case FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
          a[i] = in.readUnsignedShort();
          b[i] = in.readUnsignedShort();
        }
        case METHOD_HANDLE -> {
          a[i] = in.readUnsignedByte();
          b[i] = in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    return in;
  }

  private String utf(int i) {
    return (String) values[i];
  }

  private String className(int i) {
    return utf(a[i]);
  }

  private void run(Policy policy, boolean glue) throws IOException {
    DataInputStream in = open();
    in.readUnsignedShort(); // access
    className = className(in.readUnsignedShort());
    in.readUnsignedShort(); // super
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.readUnsignedShort();
      skipAttributes(in);
    }
    List<int[]> bootstraps = new ArrayList<>();
    List<Object[]> methods = new ArrayList<>();
    int methodCount = in.readUnsignedShort();
    for (int i = 0; i < methodCount; i++) {
      in.readUnsignedShort();
      String name = utf(in.readUnsignedShort());
      String desc = utf(in.readUnsignedShort());
      int attrs = in.readUnsignedShort();
      for (int j = 0; j < attrs; j++) {
        String attr = utf(in.readUnsignedShort());
        int len = in.readInt();
        byte[] data = in.readNBytes(len);
        if (attr.equals("Code")) {
          methods.add(new Object[] {name + desc, data});
        }
      }
    }
    int classAttrs = in.readUnsignedShort();
    for (int j = 0; j < classAttrs; j++) {
      String attr = utf(in.readUnsignedShort());
      int len = in.readInt();
      byte[] data = in.readNBytes(len);
      if (attr.equals("BootstrapMethods")) {
        DataInputStream bm = new DataInputStream(new ByteArrayInputStream(data));
        int n = bm.readUnsignedShort();
        for (int k = 0; k < n; k++) {
          int ref = bm.readUnsignedShort();
          int argc = bm.readUnsignedShort();
          int[] entry = new int[argc + 1];
          entry[0] = ref;
          for (int m = 0; m < argc; m++) {
            entry[m + 1] = bm.readUnsignedShort();
          }
          bootstraps.add(entry);
        }
      }
    }
    for (Object[] m : methods) {
      code((String) m[0], (byte[]) m[1], policy, glue, bootstraps);
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attrs = in.readUnsignedShort();
    for (int j = 0; j < attrs; j++) {
      in.readUnsignedShort();
      in.skipNBytes(in.readInt());
    }
  }

  private void violation(String method, String message) {
    out.add(new Violation(className, method, message));
  }

  private void code(String method, byte[] attr, Policy policy, boolean glue, List<int[]> bootstraps) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(attr));
    in.readUnsignedShort();
    in.readUnsignedShort();
    int length = in.readInt();
    byte[] code = in.readNBytes(length);
    int handlers = in.readUnsignedShort();
    if (handlers > 0 && !glue) {
      violation(method, "try/catch/finally (an exception handler) is not allowed");
    }
    int pc = 0;
    int lastConstant = -1;
    while (pc < code.length) {
      int op = code[pc] & 0xff;
      int constant = -1;
      switch (op) {
        case 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08 -> constant = op - 0x03; // iconst_m1 .. iconst_5
        case 0x10 -> constant = code[pc + 1];
        case 0x11 -> constant = (short) u2(code, pc + 1);
        case 0x12, 0x13, 0x14 -> {
          int index = op == 0x12 ? code[pc + 1] & 0xff : u2(code, pc + 1);
          int tag = tags[index];
          if (tag == CLASS) {
            violation(method, "class literal " + dotted(className(index)) + ".class is not allowed");
          } else if (tag == METHOD_HANDLE || tag == METHOD_TYPE || tag == DYNAMIC) {
            violation(method, "method handles and dynamic constants are not allowed");
          }
        }
        case 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9 -> {
          int ref = u2(code, pc + 1);
          int nat = b[ref];
          String owner = className(a[ref]);
          String why = policy.member(owner, utf(a[nat]), utf(b[nat]), op, glue);
          if (why != null) {
            violation(method, why);
          }
        }
        case 0xba -> {
          int ref = u2(code, pc + 1);
          int[] bsm = bootstraps.get(a[ref]);
          int handle = b[bsm[0]];
          String owner = className(a[handle]);
          String name = utf(a[b[handle]]);
          String why = policy.bootstrap(owner, name, glue);
          if (why != null) {
            violation(method, why);
          }
        }
        case 0xbb, 0xc0, 0xc1 -> {
          String why = policy.type(className(u2(code, pc + 1)), op, glue);
          if (why != null) {
            violation(method, why);
          }
        }
        case 0xbc -> {
          if (!glue && (lastConstant < 0 || lastConstant > MAX_ARRAY)) {
            violation(method, "an array of a computed or large length is not allowed");
          }
        }
        case 0xbd -> {
          String why = policy.type(className(u2(code, pc + 1)), op, glue);
          if (why != null) {
            violation(method, why);
          }
          if (!glue && (lastConstant < 0 || lastConstant > MAX_ARRAY)) {
            violation(method, "an array of a computed or large length is not allowed");
          }
        }
        case 0xc5 -> violation(method, "multi-dimensional arrays are not allowed");
        case 0xc2 -> {
          if (!glue) {
            violation(method, "synchronized blocks are not allowed");
          }
        }
        case 0xa8, 0xc9, 0xa9 -> violation(method, "jsr/ret are not allowed");
        case 0xaa, 0xab -> {
          if (!glue) {
            violation(method, "switch statements are not allowed in rule code (write one rule per case)");
          }
        }
        default -> { }
      }
      if (isBranch(op)) {
        int offset = op == 0xc8 ? u4(code, pc + 1) : (short) u2(code, pc + 1);
        if (offset <= 0 && !glue) {
          violation(method, "loops (a backward jump) are not allowed: a consequence must run straight through");
        }
      }
      lastConstant = constant;
      pc += length(code, pc);
    }
  }

  private static boolean isBranch(int op) {
    return (op >= 0x99 && op <= 0xa7) || op == 0xc6 || op == 0xc7 || op == 0xc8;
  }

  private static int u2(byte[] code, int i) {
    return ((code[i] & 0xff) << 8) | (code[i + 1] & 0xff);
  }

  private static int u4(byte[] code, int i) {
    return (u2(code, i) << 16) | u2(code, i + 2);
  }

  /** The length of the instruction at {@code pc} (JVMS 6.5). */
  private static int length(byte[] code, int pc) {
    int op = code[pc] & 0xff;
    switch (op) {
      case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc:
        return 2;
      case 0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7,
          0xa8:
        return 3;
      case 0xc5:
        return 4;
      case 0xb9, 0xba, 0xc8, 0xc9:
        return 5;
      case 0xc4:
        return (code[pc + 1] & 0xff) == 0x84 ? 6 : 4;
      case 0xaa: {
        int p = (pc + 4) & ~3;
        int low = u4(code, p + 4);
        int high = u4(code, p + 8);
        return p + 12 + 4 * (high - low + 1) - pc;
      }
      case 0xab: {
        int p = (pc + 4) & ~3;
        int pairs = u4(code, p + 4);
        return p + 8 + 8 * pairs - pc;
      }
      default:
        if (op >= 0x99 && op <= 0xa7) {
          return 3;
        }
        return 1;
    }
  }

  static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }

  /** For messages: {@code java/lang/System.getProperty} → {@code java.lang.System.getProperty}. */
  static String describe(String owner, String name) {
    return dotted(owner) + "." + name;
  }

  static boolean isIn(Map<String, Set<String>> allowed, String owner, String name) {
    Set<String> names = allowed.get(owner);
    return names != null && (names.contains(name) || names.contains("*"));
  }
}
