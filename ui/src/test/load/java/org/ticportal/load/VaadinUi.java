package org.ticportal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's side of Vaadin Flow's protocol, as the flow client speaks it, for a virtual user: the UI id, the
 * CSRF token ({@code Vaadin-Security-Key}), the server's sync id and the next client message id from each answer, and
 * the element tree's nodes known so far — tag, {@code id} attribute and text — read from the answers' {@code changes}.
 *
 * <p>An answer to {@code ?v-r=init} is JSON with {@code appConfig.uidl}; an answer to {@code ?v-r=uidl} is
 * {@code for(;;);[{…}]}. A request's body is {@code {csrfToken, rpc:[…], syncId, clientId}}; an {@code rpc} item is
 * {@code mSync} (a property the browser changed) or {@code event} (a DOM event a server listener waits for).
 *
 * <p>Not thread-safe: a virtual user's requests run one after another.
 */
public final class VaadinUi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The features of a state node that carry what is read here (Flow's NodeFeatureRegistry order). */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_CHILDREN = 2;

    private int uiId;
    private String csrf = "";
    private int syncId = -1;
    private int clientId;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    /** Every text that reached the page (text nodes, notifications' texts), for checks. */
    private final StringBuilder texts = new StringBuilder();
    private String lastAnswer = "";

    /** Reads the answer to {@code ?v-r=init}; returns a problem, or {@code null}. */
    public String init(String body) {
        JsonNode root = JSON.readTree(body);
        JsonNode config = root.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            return "no uidl in init answer: " + abbreviate(body);
        }
        uiId = config.path("v-uiId").asInt(uidl.path("v-uiId").asInt(0));
        csrf = uidl.path("Vaadin-Security-Key").asString("");
        return apply(uidl);
    }

    /** Reads the answer to a {@code ?v-r=uidl} request; returns a problem, or {@code null}. */
    public String answer(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode root = JSON.readTree(json);
        JsonNode uidl = root.isArray() ? root.path(0) : root;
        return apply(uidl);
    }

    private String apply(JsonNode uidl) {
        lastAnswer = uidl.toString();
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.has("appError")) {
            return "application error: " + abbreviate(meta.path("appError").toString());
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        } else {
            clientId++;
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrf = uidl.path("Vaadin-Security-Key").asString();
        }
        for (JsonNode c : uidl.path("changes")) {
            int node = c.path("node").asInt();
            String type = c.path("type").asString("");
            String key = c.path("key").asString("");
            if ("splice".equals(type) && c.path("feat").asInt(-1) == ELEMENT_CHILDREN && c.has("addNodes")) {
                List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                c.path("addNodes").forEach(a -> list.add(a.asInt()));
            }
            if ("put".equals(type) && c.has("value")) {
                JsonNode value = c.path("value");
                // a resource (an upload's target) comes as {"uri": …}
                String text = value.isString() ? value.asString()
                        : value.path("uri").isString() ? value.path("uri").asString() : null;
                if (c.path("feat").asInt(-1) == ELEMENT_DATA && "tag".equals(key) && text != null) {
                    tags.put(node, text);
                } else if ("id".equals(key) && text != null) {
                    byId.put(text, node);
                    attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, text);
                } else if (text != null) {
                    attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, text);
                    texts.append(text).append('\n');
                }
            }
        }
        return null;
    }

    /** The node of the element whose {@code id} is given, or -1. */
    public int node(String id) {
        return byId.getOrDefault(id, -1);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The first node with this tag, or -1. */
    public int firstTag(String tag) {
        return tags.entrySet().stream().filter(e -> tag.equals(e.getValue())).mapToInt(Map.Entry::getKey).min()
                .orElse(-1);
    }

    /** The child of the element with this id that has this tag (e.g. a tab sheet's vaadin-tabs), or -1. */
    public int child(String id, String tag) {
        return children.getOrDefault(node(id), List.of()).stream().filter(c -> tag.equals(tags.get(c))).findFirst()
                .orElse(-1);
    }

    /**
     * The router's navigation as the client sends it after {@code ?v-r=init}: the init answer only builds the UI,
     * the view of the address comes with the answer to this event on the UI's node (1).
     */
    public ObjectNode navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    /** An attribute or property of a node as last sent, or {@code null}. */
    public String attribute(int node, String key) {
        return attributes.getOrDefault(node, Map.of()).get(key);
    }

    /** Whether the last answer carried this text (a notification, an error list). */
    public boolean lastAnswerContains(String text) {
        return lastAnswer.contains(text);
    }

    public String lastAnswer() {
        return abbreviate(lastAnswer);
    }

    public int uiId() {
        return uiId;
    }

    /** The body of a request carrying these rpc items. */
    public String payload(List<ObjectNode> rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrf);
        ArrayNode items = body.putArray("rpc");
        rpc.forEach(items::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /** A click on the element with this id, as a browser's click event sends it. */
    public ObjectNode click(String id) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 10);
        data.put("event.clientY", 10);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 10);
        data.put("event.screenX", 10);
        return event(require(id), "click", data);
    }

    /** A property the browser changed (e.g. a field's value), synchronised to the server. */
    public ObjectNode sync(int node, String property, Object value) {
        ObjectNode s = JSON.createObjectNode();
        s.put("type", "mSync");
        s.put("node", node);
        s.put("feature", 1);
        s.put("property", property);
        s.set("value", JSON.valueToTree(value));
        return s;
    }

    public ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", event);
        e.set("data", data == null ? JSON.createObjectNode() : data);
        return e;
    }

    public ObjectNode event(int node, String event) {
        return event(node, event, null);
    }

    /**
     * A field's new value as typed and left: the value property, then the blur event the portal's text fields
     * synchronise their value on.
     */
    public List<ObjectNode> type(String id, String value) {
        int node = require(id);
        List<ObjectNode> rpc = new ArrayList<>();
        rpc.add(sync(node, "value", value));
        rpc.add(event(node, "blur"));
        return rpc;
    }

    public int require(String id) {
        Integer node = byId.get(id);
        if (node == null) {
            throw new IllegalStateException("no element #" + id + " on the page");
        }
        return node;
    }

    static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
