package de.smartcity.academy.platform.web;

import de.smartcity.academy.platform.text.PlainText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Every text field of every form accepts only {@link PlainText}, like the JSON and CSV boundaries. */
@FacesConverter(forClass = String.class)
public class PlainTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (!PlainText.isClean(value)) {
            String text = Messages.text("input.notPlainText");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
