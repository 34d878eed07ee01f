package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.control.Credentials;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /.well-known/did.json}: the issuer's did:web document with its public key(s). */
@WebServlet("/.well-known/did.json")
public class DidDocumentServlet extends HttpServlet {

    @Inject transient Credentials credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/did+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "max-age=300");
        response.getWriter().write(credentials.didDocument());
    }
}
