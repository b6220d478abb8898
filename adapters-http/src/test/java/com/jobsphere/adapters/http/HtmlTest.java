package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupInUserDataIsEscaped() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.button("/dev/x\"><script>", "Pay")).doesNotContain("<script>");
    }

    @Test
    void everyPageSaysNoRealMoneyMoves() {
        assertThat(Html.page("Checkout", Html.paragraph("hello")))
                .contains("Development payment gateway \u2014 no real money moves.")
                .contains("<p>hello</p>");
    }
}
