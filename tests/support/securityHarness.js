// The in-page half of the security harness (tests/browser/security.test.ts), a
// classic script with no imports, loaded after the UMD build: on a plain page by
// page.addScriptTag, and on the strict-CSP page as a same-origin file (an inline
// script would be blocked there). It uses no innerHTML, eval or inline style, so
// under Trusted Types and `style-src 'self'` it causes no violation of its own.
//
// It replaces alert, confirm, prompt and print with a trap and defines
// window.__trap for payloads to call; watches the whole document for script,
// frame and plugin elements and on* attributes, even ones that come and go; and
// renders, drives and tears down one timeline per call of `run`.
(function () {
  "use strict";
  const trapCalls = [];
  const trap = function (value) {
    trapCalls.push(String(value).slice(0, 120));
  };
  window.alert = trap;
  window.confirm = trap;
  window.prompt = trap;
  window.print = trap;
  window.__trap = trap;

  const FORBIDDEN = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style", "foreignobject", "animate", "animatemotion", "animatetransform", "set", "img", "image", "video", "audio", "source"]);
  // What the page itself holds before any timeline: the build, the stylesheet, this script.
  const baseline = new Set(document.querySelectorAll("*"));
  const suspicious = [];

  function describe(element) {
    return `<${element.nodeName.toLowerCase()} class="${(element.getAttribute("class") || "").slice(0, 60)}">`;
  }

  function checkElement(element, when) {
    // The page's own elements may be links or scripts; on* attributes are wrong anywhere.
    const own = baseline.has(element);
    const name = element.nodeName.toLowerCase();
    if (!own && FORBIDDEN.has(name)) suspicious.push(`${when}: ${describe(element)} element`);
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith("on")) suspicious.push(`${when}: ${attr} attribute on ${describe(element)}`);
      if (own) continue;
      if (attr === "srcdoc" || attr === "src" || attr === "formaction" || attr === "action") suspicious.push(`${when}: ${attr} attribute on ${describe(element)}`);
      if ((attr === "href" || attr === "xlink:href") && !/^(https?|mailto):/i.test(safeProtocol(attribute.value))) {
        suspicious.push(`${when}: ${attr}="${attribute.value.slice(0, 60)}" on ${describe(element)}`);
      }
    }
  }

  function safeProtocol(value) {
    try {
      return new URL(value).protocol;
    } catch (error) {
      return "unparseable:";
    }
  }

  new MutationObserver(function (records) {
    for (const record of records) {
      if (record.type === "attributes" && record.target.nodeType === 1) {
        checkElement(record.target, "mutation");
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        checkElement(node, "mutation");
        for (const inner of Array.from(node.querySelectorAll("*"))) checkElement(inner, "mutation");
      }
    }
  }).observe(document.documentElement, {subtree: true, childList: true, attributes: true});

  /** The whole document now: anything forbidden that is not the page's own. */
  function scanDocument() {
    for (const element of Array.from(document.querySelectorAll("*"))) checkElement(element, "document");
  }

  const listenerErrors = [];
  window.addEventListener("error", function (event) {
    listenerErrors.push(String(event.message || event.error).slice(0, 300));
  });
  window.addEventListener("unhandledrejection", function (event) {
    listenerErrors.push(`unhandled rejection: ${String(event.reason).slice(0, 300)}`);
  });

  function frames(count) {
    return new Promise(function (resolve) {
      const step = function (left) {
        if (left === 0) resolve();
        else requestAnimationFrame(function () { step(left - 1); });
      };
      step(count);
    });
  }

  function fire(target, type, Kind, init) {
    target.dispatchEvent(new Kind(type, Object.assign({bubbles: true, cancelable: true, composed: true, view: window}, init)));
  }

  /** Pointer over, move, focus, press, click and Enter on one element, as a reader would. */
  function drive(element) {
    const target = element.querySelector(".chronoline-mark, .chronoline-cluster-badge") || element;
    const box = target.getBoundingClientRect();
    const at = {clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerType: "mouse", isPrimary: true};
    fire(target, "pointerover", PointerEvent, at);
    fire(target, "mouseover", MouseEvent, at);
    fire(target, "pointermove", PointerEvent, at);
    fire(target, "mousemove", MouseEvent, at);
    if (typeof element.focus === "function") element.focus();
    fire(target, "pointerdown", PointerEvent, at);
    fire(target, "mousedown", MouseEvent, at);
    fire(target, "pointerup", PointerEvent, at);
    fire(target, "mouseup", MouseEvent, at);
    fire(target, "click", MouseEvent, at);
    fire(element, "keydown", KeyboardEvent, {key: "Enter"});
    fire(element, "keydown", KeyboardEvent, {key: "Escape"});
    fire(target, "pointerleave", PointerEvent, at);
  }

  function keyOf(element) {
    return element.classList.contains("chronoline-cluster")
      ? `cluster ${element.getAttribute("data-ids")}`
      : `event ${element.getAttribute("data-id")}`;
  }

  /**
   * Renders `inputJson` with `optionsJson` (JSON text, so own "__proto__" keys
   * arrive as data) in a fresh container, then hovers, focuses, clicks and
   * presses Enter on every event and cluster (clusters zoom in, so new events
   * appear and are visited too), opens every event's details card and presses
   * its buttons, walks the keyboard, shows the table; returns what was drawn.
   */
  async function run(inputJson, optionsJson) {
    const input = JSON.parse(inputJson);
    const options = JSON.parse(optionsJson);
    const container = document.createElement("div");
    container.className = "harness-chart";
    document.body.append(container);
    const warnings = [];
    const errors = [];
    let handle;
    try {
      handle = window.chronoline.createTimeline(container, input, {...options, onWarning: function (warning) { warnings.push(warning); }});
    } catch (error) {
      container.remove();
      return {created: false, error: `${error && error.name}: ${error && error.code}: ${String(error && error.message).slice(0, 200)}`, warnings};
    }
    // Conservation is about the whole extent, before any interaction zooms in.
    const serializer = new XMLSerializer();
    const initialDrawing = serializer.serializeToString(container.querySelector("svg.chronoline"));
    const visited = new Set();
    for (let round = 0; round < 400; round++) {
      const next = Array.from(container.querySelectorAll("svg.chronoline g.chronoline-event, svg.chronoline g.chronoline-cluster"))
        .find(function (element) { return !visited.has(keyOf(element)); });
      if (!next) break;
      visited.add(keyOf(next));
      try {
        drive(next);
      } catch (error) {
        errors.push(`driving ${keyOf(next).slice(0, 80)}: ${error}`);
      }
      // Let anything the interaction scheduled for the next frame run now and then.
      if (visited.size % 8 === 0) await frames(1);
    }
    const ids = window.chronoline.parseTimeline(input, {strict: false}).events.map(function (event) { return event.id; });
    const cards = [];
    for (const id of ids) {
      try {
        handle.select(id);
        const card = container.querySelector(".chronoline-details");
        cards.push({id, text: card ? card.textContent : "", links: card ? Array.from(card.querySelectorAll("a"), function (a) { return a.getAttribute("href"); }) : []});
        // Each button of the card (close, related events), on a freshly opened card.
        const buttons = container.querySelectorAll(".chronoline-details button").length;
        for (let i = 0; i < buttons; i++) {
          const button = container.querySelectorAll(".chronoline-details button")[i];
          if (button) fire(button, "click", MouseEvent, {});
          handle.select(id);
        }
        handle.select(null);
        handle.focus(id);
      } catch (error) {
        errors.push(`select/focus ${JSON.stringify(id.slice(0, 60))}: ${error}`);
      }
    }
    const svg = container.querySelector("svg.chronoline");
    for (const key of ["Home", "ArrowRight", "ArrowRight", "ArrowDown", "ArrowUp", "+", "-", "End", "ArrowLeft", "Enter", "Escape"]) {
      try {
        fire(document.activeElement && svg.contains(document.activeElement) ? document.activeElement : svg, "keydown", KeyboardEvent, {key});
      } catch (error) {
        errors.push(`key ${key}: ${error}`);
      }
    }
    const toggle = container.querySelector(".chronoline-table-toggle");
    if (toggle) fire(toggle, "click", MouseEvent, {});
    // Give anything a payload might have scheduled (an image's error, an animation) time to happen.
    await frames(2);
    await new Promise(function (resolve) { setTimeout(resolve, 30); });
    const result = {
      created: true,
      error: null,
      warnings,
      initialDrawing,
      errors,
      visited: visited.size,
      cards,
      drawings: Array.from(container.querySelectorAll("svg.chronoline"), function (element) { return serializer.serializeToString(element); }),
      toSVG: handle.toSVG(),
      tableRows: container.querySelectorAll("table.chronoline-table tbody tr").length,
      tableShown: toggle ? toggle.getAttribute("aria-expanded") === "true" : false,
      domIds: Array.from(container.querySelectorAll("[id]"), function (element) { return element.id; }),
      classTokens: Array.from(new Set(Array.from(container.querySelectorAll("[class]"), function (element) { return Array.from(element.classList); }).flat())),
      links: Array.from(container.querySelectorAll("a"), function (a) { return {href: a.getAttribute("href"), attributes: a.getAttributeNames().sort()}; })
    };
    scanDocument();
    handle.destroy();
    container.remove();
    return result;
  }

  /**
   * The value as each named option of createTimeline in turn (with harmless
   * data): an option it cannot take is a programmer error (a TimelineError,
   * and nothing left in the container); one it takes must draw safely.
   */
  function runOptions(valueJson, names) {
    const value = JSON.parse(valueJson);
    const serializer = new XMLSerializer();
    return names.map(function (name) {
      const container = document.createElement("div");
      document.body.append(container);
      const options = {};
      options[name] = value;
      try {
        const handle = window.chronoline.createTimeline(container, {events: [{title: "Plain event", start: "2023-03-17"}]}, options);
        const drawings = Array.from(container.querySelectorAll("svg.chronoline"), function (element) { return serializer.serializeToString(element); });
        handle.destroy();
        return {name, outcome: "rendered", drawings, left: container.childNodes.length};
      } catch (error) {
        return {name, outcome: "threw", errorName: error && error.name, code: error && error.code, left: container.childNodes.length};
      } finally {
        container.remove();
      }
    });
  }

  /** What happened on the page since it loaded. */
  function report() {
    scanDocument();
    return {
      trapCalls: trapCalls.slice(),
      suspicious: suspicious.slice(),
      listenerErrors: listenerErrors.slice(),
      polluted: [
        ({}).polluted, ({}).isAdmin, ({}).onload, Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"),
        [].polluted, Function.prototype.polluted
      ].filter(function (value) { return value !== undefined && value !== false; }).map(String)
    };
  }

  /** Forgets what was recorded: only for a test's own deliberate probe of the page. */
  function forget() {
    trapCalls.length = 0;
    suspicious.length = 0;
    listenerErrors.length = 0;
  }

  window.securityHarness = {run, runOptions, report, forget};
})();
