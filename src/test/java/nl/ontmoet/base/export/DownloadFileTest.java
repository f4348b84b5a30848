package nl.ontmoet.base.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadFileTest {

    private static final String INJECTION = "plan\"; filename*=UTF-8''evil.html";

    @Test
    void a_name_with_a_quote_cannot_smuggle_a_second_file_name_into_the_header() {
        var file = new DownloadFile(INJECTION, DownloadFile.PDF, new byte[1]);

        String header = file.contentDisposition();

        assertThat(file.fileName()).isEqualTo("plan_filename_UTF-8_evil.html");
        assertThat(header).isEqualTo("attachment; filename=\"plan_filename_UTF-8_evil.html\"; "
                + "filename*=UTF-8''plan_filename_UTF-8_evil.html");
        assertThat(header.split(";")).hasSize(3);
        assertThat(header.chars().filter(c -> c == '"')).hasSize(2);
    }

    @Test
    void accented_names_get_an_ascii_fallback_and_the_real_name_percent_encoded() {
        var file = new DownloadFile("Begroting café 2026.pdf", DownloadFile.PDF, new byte[1]);

        assertThat(file.contentDisposition()).isEqualTo("attachment; filename=\"Begroting cafe 2026.pdf\"; "
                + "filename*=UTF-8''Begroting%20caf%C3%A9%202026.pdf");
    }

    @Test
    void names_keep_letters_digits_space_dash_underscore_and_dot_only() {
        assertThat(DownloadFile.safeName("C:\\Users\\cor\\plan.pdf", "x", 200)).isEqualTo("plan.pdf");
        assertThat(DownloadFile.safeName("../../etc/passwd", "x", 200)).isEqualTo("passwd");
        assertThat(DownloadFile.safeName("a\r\nSet-Cookie: x=1;<b>.pdf", "x", 200))
                .isEqualTo("a_Set-Cookie_x_1_b_.pdf");
        assertThat(DownloadFile.safeName("\u202Egpj.exe", "x", 200)).isEqualTo("gpj.exe");
        assertThat(DownloadFile.safeName(" ... ", "bijlage", 200)).isEqualTo("bijlage");
        assertThat(DownloadFile.safeName(null, "bijlage", 200)).isEqualTo("bijlage");
    }

    @Test
    void a_stored_name_takes_its_extension_from_the_type_the_bytes_are() {
        assertThat(DownloadFile.storedName("evil.html", "bon", DownloadFile.PDF, 200)).isEqualTo("evil.pdf");
        assertThat(DownloadFile.storedName("foto.jpeg", "bon", DownloadFile.JPEG, 200)).isEqualTo("foto.jpg");
        assertThat(DownloadFile.storedName("bon bouwmarkt", "bon", DownloadFile.PDF, 200))
                .isEqualTo("bon bouwmarkt.pdf");
        assertThat(DownloadFile.storedName(".pdf", "bon", DownloadFile.PNG, 200)).isEqualTo("pdf.png");
        assertThat(DownloadFile.storedName("a".repeat(250) + ".pdf", "bon", DownloadFile.PDF, 200))
                .hasSize(200).endsWith("a.pdf");
    }
}
