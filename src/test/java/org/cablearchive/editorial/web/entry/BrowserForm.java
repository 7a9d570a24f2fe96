package org.cablearchive.editorial.web.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A form of a page as a browser would send it: its fields with their values, some of them changed by the test. */
final class BrowserForm {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private BrowserForm() {
    }

    static BrowserForm of(Element form) {
        BrowserForm f = new BrowserForm();
        for (Element e : form.select("input[name], textarea[name], select[name]")) {
            String type = e.attr("type");
            if (e.attr("name").equals("_csrf") || type.equals("submit") || (type.equals("radio") || type.equals("checkbox")) && !e.hasAttr("checked")) {
                continue;
            }
            String value = switch (e.tagName()) {
                case "textarea" -> e.wholeText().startsWith("\n") ? e.wholeText().substring(1) : e.wholeText();
                case "select" -> {
                    Element chosen = e.selectFirst("option[selected]");
                    yield chosen == null ? e.selectFirst("option").attr("value") : chosen.attr("value");
                }
                default -> e.attr("value");
            };
            f.fields.computeIfAbsent(e.attr("name"), k -> new ArrayList<>()).add(value);
        }
        return f;
    }

    BrowserForm set(String name, String value) {
        fields.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    String get(String name) {
        List<String> values = fields.get(name);
        return values == null ? null : values.get(0);
    }

    MockHttpServletRequestBuilder into(MockHttpServletRequestBuilder request) {
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request;
    }
}
