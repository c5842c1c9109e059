package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.error.DomainException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dialog that edits something through a service call. The service decides and validates; when it refuses,
 * each field error is shown on the field the API names the same way, and the dialog stays open with what
 * the user typed. Only a successful call closes it.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Paragraph problem = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Button confirm;

    public FormDialog(String title, String confirmLabel, Runnable action) {
        setHeaderTitle(title);
        setModal(true);
        setDraggable(true);
        setWidth("min(40rem, 100vw)");
        problem.addClassName("tk-form-problem");
        problem.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(problem, form);
        confirm = new Button(confirmLabel, click -> submit(action));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    /** Adds an input; {@code apiField} is the name the service uses for it in its field errors. */
    public <C extends Component & HasValidation> C field(String apiField, C component) {
        fields.put(apiField, component);
        form.add(component);
        return component;
    }

    /** Like {@link #field} for an input that spans the whole width, e.g. a long name. */
    public <C extends Component & HasValidation> C wideField(String apiField, C component) {
        fields.put(apiField, component);
        addWide(component);
        return component;
    }

    /** Adds a component that spans the whole width, e.g. an explanation. */
    public void addWide(Component component) {
        form.add(component);
        form.setColspan(component, 2);
    }

    /** A text input with its label, holding {@code value} (none when null), to be added with {@link #field}. */
    public static TextField textField(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        return field;
    }

    public Button confirmButton() {
        return confirm;
    }

    private void submit(Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        problem.setVisible(false);
        try {
            action.run();
            close();
        } catch (DomainException refused) {
            show(refused);
        }
    }

    private void show(DomainException refused) {
        boolean marked = false;
        for (DomainException.FieldError error : refused.fieldErrors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
                marked = true;
            }
        }
        if (!marked || refused.fieldErrors().size() > 1) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
