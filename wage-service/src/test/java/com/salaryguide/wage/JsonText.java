package com.salaryguide.wage;

/**
 * Expected answers written readably (indented text blocks), compared byte for byte with what the service writes:
 * a whole-body comparison that also sees how numbers are written ({@code 30.60}, not {@code 30.6}) and that every
 * key is there, which a structural JSON comparison would not.
 */
public final class JsonText {

    private JsonText() {
    }

    /** The JSON without the whitespace between its tokens (whitespace inside strings is kept). */
    public static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (inString || !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
