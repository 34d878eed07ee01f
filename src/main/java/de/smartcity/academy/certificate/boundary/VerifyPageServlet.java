package de.smartcity.academy.certificate.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address printed on certificates, {@code /verify/{id}}, shows the verification page
 * (the address stays as printed).
 */
@WebServlet("/verify/*")
public class VerifyPageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (!id.matches("[0-9A-Za-z]{1,32}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/verify.xhtml?id=" + id.toUpperCase()).forward(request, response);
    }
}
