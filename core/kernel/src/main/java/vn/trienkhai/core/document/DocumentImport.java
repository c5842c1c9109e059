package vn.trienkhai.core.document;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.PlanTextParser;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;

/**
 * Reading a plan from its text into a draft the user corrects before saving. The preview saves nothing; the
 * text is limited in size so that one request cannot occupy the server (the parser itself is linear).
 */
@Singleton
public class DocumentImport {

    /** About 40 pages of a plan; the largest seed is 35 KB. */
    public static final int MAX_CHARACTERS = 500_000;

    private final PlanTextParser parser = new PlanTextParser();
    private final AccessPolicy policy;
    private final Messages messages;

    DocumentImport(AccessPolicy policy, Messages messages) {
        this.policy = policy;
        this.messages = messages;
    }

    /** The draft read from {@code text}; nothing is saved. */
    public ImportDraft preview(Actor actor, String text) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field("text", "import.text.empty", messages.get("import.text.empty"));
        }
        if (text.length() > MAX_CHARACTERS) {
            throw InvalidRequestException.field("text", "import.text.too-long", messages.get("import.text.too-long", MAX_CHARACTERS));
        }
        return parser.parse(text);
    }
}
