package de.smartcity.academy.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload without skin renders the browser's own, visible and focusable
 * file input with {@code aria-hidden="true"}, which hides the control from screen readers
 * (WCAG 4.1.2, axe rule aria-hidden-focus). This renderer leaves that attribute out.
 */
public class VisibleFileInputRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload upload, String clientId, String style,
                                          String styleClass) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
