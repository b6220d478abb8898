package com.jobsphere.adapters.http;

/** The development gateway's minimal pages. Every value that came from outside is escaped. */
final class Html {
    /** The pages' one style sheet, inline; the Content-Security-Policy allows it by its hash and nothing else. */
    static final String STYLE = "body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}"
            + ".notice{background:#fff3cd;border:1px solid #e0c060;padding:.75rem;border-radius:.25rem}"
            + "form{display:inline-block;margin-right:.5rem}button{font-size:1rem;padding:.5rem 1rem}";
    static final String POLICY = SecurityHeaders.pagePolicy(STYLE);

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A page with the notice that no real money moves; {@code content} must already be escaped HTML. */
    static String page(String title, String content) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<style>" + STYLE + "</style>"
                + "</head><body>"
                + "<p class=\"notice\"><strong>" + escape(DevPaymentGateway.NOTICE) + "</strong></p>"
                + "<h1>" + escape(title) + "</h1>"
                + content
                + "</body></html>\n";
    }

    /** A form that POSTs to {@code action} with one button. */
    static String button(String action, String label) {
        return "<form method=\"post\" action=\"" + escape(action) + "\"><button type=\"submit\">"
                + escape(label) + "</button></form>";
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }
}
