package nl.ontmoet.subsidy.service;

import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.pdf.ArchivalPdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One letter being written: Dutch texts from the subsidy bundle, Dutch formats, laid out as PDF/A. */
final class LetterWriter {

    private final BundleI18NProvider i18n;
    private final ArchivalPdf pdf;

    LetterWriter(BundleI18NProvider i18n, String title) {
        this.i18n = i18n;
        this.pdf = new ArchivalPdf(title);
    }

    String text(String key, Object... arguments) {
        return i18n.getTranslation(key, BundleI18NProvider.DUTCH, arguments);
    }

    String date(LocalDate day) {
        return Formats.DUTCH.date(day);
    }

    /** An amount as {@code € 1.234,56}, with a no-break space so it never wraps away from the euro sign. */
    static String money(BigDecimal amount) {
        return Formats.DUTCH.money(amount).replace(' ', '\u00A0');
    }

    LetterWriter title(String text) {
        pdf.title(text);
        return this;
    }

    LetterWriter heading(String text) {
        pdf.heading(text);
        return this;
    }

    LetterWriter line(String text) {
        pdf.paragraph(text);
        return this;
    }

    LetterWriter paragraph(String text) {
        pdf.paragraph(text).blank();
        return this;
    }

    LetterWriter blank() {
        pdf.blank();
        return this;
    }

    LetterWriter row(String labelKey, String value) {
        pdf.row(text(labelKey), value, false);
        return this;
    }

    LetterWriter amount(String labelKey, BigDecimal value) {
        pdf.row(text(labelKey), money(value), true);
        return this;
    }

    /** An amount under a label already written out (e.g. with a date in it). */
    LetterWriter labelledAmount(String label, BigDecimal value) {
        pdf.row(label, money(value), true);
        return this;
    }

    /** A heading from the bundle and a paragraph under it. */
    LetterWriter section(String headingKey, String body) {
        pdf.heading(text(headingKey)).paragraph(body).blank();
        return this;
    }

    byte[] bytes() {
        return pdf.toBytes();
    }
}
