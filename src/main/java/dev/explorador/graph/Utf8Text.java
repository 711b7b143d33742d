package dev.explorador.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file that must be UTF-8, and says where it is not (line and column of the first bad byte). */
final class Utf8Text {
    private Utf8Text() {}

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GraphLoadException("No se pudo leer " + file + ": " + e.getMessage());
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = strict.decode(in, out, true);
        if (result.isError()) throw notUtf8(file, bytes, in.position());
        result = strict.flush(out);
        if (result.isError()) throw notUtf8(file, bytes, in.position());
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a UTF-8 byte order mark is harmless
    }

    private static GraphLoadException notUtf8(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Column in characters: decode the (valid) bytes of this line before the bad one.
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        String bad = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "fin del archivo";
        return new GraphLoadException(new SyntaxError(file, line, column,
                "el archivo no es UTF-8 válido (byte " + bad + "); guárdalo con codificación UTF-8"));
    }

}
