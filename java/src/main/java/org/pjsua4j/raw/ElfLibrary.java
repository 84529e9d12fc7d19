package org.pjsua4j.raw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a shared library's ELF headers say about loading it: the machine it is built for and its
 * DT_NEEDED list. Read only after a load failed, to say why (LoadFailureDiagnosis); the section
 * headers are used, which strip keeps.
 */
final class ElfLibrary {
    private static final Map<Integer, String> MACHINES = Map.of(3, "x86", 40, "arm", 62, "x86_64", 183, "aarch64",
            243, "riscv64", 21, "ppc64", 22, "s390x");
    private static final int SHT_DYNAMIC = 6;
    private static final long DT_NEEDED = 1;

    final String machine;
    final List<String> needed;

    private ElfLibrary(String machine, List<String> needed) {
        this.machine = machine;
        this.needed = needed;
    }

    static ElfLibrary read(Path file) throws IOException {
        ByteBuffer elf;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            elf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        if (elf.limit() < 64 || elf.getInt(0) != 0x7f454c46) {
            throw new IOException(file + " is not an ELF file");
        }
        boolean is64 = elf.get(4) == 2;
        elf.order(elf.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int code = Short.toUnsignedInt(elf.getShort(18));
        String machine = MACHINES.getOrDefault(code, "ELF machine " + code);
        long shoff = is64 ? elf.getLong(0x28) : Integer.toUnsignedLong(elf.getInt(0x20));
        int shentsize = Short.toUnsignedInt(elf.getShort(is64 ? 0x3A : 0x2E));
        int shnum = Short.toUnsignedInt(elf.getShort(is64 ? 0x3C : 0x30));
        List<String> needed = new ArrayList<>();
        try {
            for (int i = 0; i < shnum; i++) {
                int sh = (int) (shoff + (long) i * shentsize);
                if (elf.getInt(sh + 4) != SHT_DYNAMIC) {
                    continue;
                }
                long offset = word(elf, is64, sh + (is64 ? 24 : 16));
                long size = word(elf, is64, sh + (is64 ? 32 : 20));
                int link = elf.getInt(sh + (is64 ? 40 : 24));
                long strtab = word(elf, is64, (int) (shoff + (long) link * shentsize) + (is64 ? 24 : 16));
                int entry = is64 ? 16 : 8;
                for (long at = offset; at + entry <= offset + size; at += entry) {
                    long tag = word(elf, is64, (int) at);
                    if (tag == 0) {
                        break;
                    }
                    if (tag == DT_NEEDED) {
                        needed.add(string(elf, (int) (strtab + word(elf, is64, (int) at + entry / 2))));
                    }
                }
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IOException(file + ": truncated or malformed ELF section headers", e);
        }
        return new ElfLibrary(machine, List.copyOf(needed));
    }

    private static long word(ByteBuffer elf, boolean is64, int at) {
        return is64 ? elf.getLong(at) : Integer.toUnsignedLong(elf.getInt(at));
    }

    private static String string(ByteBuffer elf, int at) {
        int end = at;
        while (elf.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        elf.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
