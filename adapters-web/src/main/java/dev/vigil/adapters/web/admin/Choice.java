package dev.vigil.adapters.web.admin;

/** One option of a form (a checkbox, a radio button, an option of a list): its value, its words, chosen or not. */
public record Choice(String value, String label, boolean chosen) {
}
