package org.ticportal.ui.apiclients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;

import org.ticportal.core.apiclient.CreatedApiClient;

/**
 * The new client's token, shown this once (the portal keeps only its hash): selected for copying, with a curl example
 * of its use. Closing it is the only way out, so that it is not closed by a stray click.
 */
class TokenDialog extends Dialog {

    TokenDialog(CreatedApiClient created) {
        setHeaderTitle(getTranslation("apiClients.token.title", created.client().name()));
        setWidth("40rem");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph warning = new Paragraph(getTranslation("apiClients.token.once"));
        warning.addClassName("token-warning");
        TextField token = new TextField(getTranslation("apiClients.token"));
        token.setId("api-client-token");
        token.setValue(created.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.setHelperText(getTranslation("apiClients.token.copy"));
        token.addFocusListener(e -> token.getElement().executeJs("this.inputElement.select()"));
        Pre example = new Pre("curl -H \"Authorization: Bearer " + created.token() + "\" \\\n  "
                + "\"https://<portal>/api/v1/centers?page=0&size=20\"");
        example.addClassName("token-example");
        example.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        add(warning, token, new Paragraph(getTranslation("apiClients.token.example")), example);
        Button close = new Button(getTranslation("apiClients.token.done"), e -> close());
        close.setId("api-client-token-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
