import {describe, expect, it} from "vitest";
import {TimelineDispatcher} from "../../src/interact/dispatcher.js";
import {TimelineError} from "../../src/model/errors.js";

describe("TimelineDispatcher", () => {
  it("on(type, listener) receives what emit(type, detail) sends", () => {
    const dispatcher = new TimelineDispatcher();
    const seen: unknown[] = [];
    dispatcher.on("zoom", (detail) => seen.push(detail));
    dispatcher.emit("zoom", {domain: [1, 2], userInput: true});
    expect(seen).toEqual([{domain: [1, 2], userInput: true}]);
  });

  it("namespaced listeners live side by side and are removed one by one", () => {
    const dispatcher = new TimelineDispatcher();
    const seen: string[] = [];
    dispatcher.on("select.a", () => seen.push("a"));
    dispatcher.on("select.b", () => seen.push("b"));
    dispatcher.emit("select", {event: null});
    dispatcher.off("select.a");
    dispatcher.emit("select", {event: null});
    expect(seen).toEqual(["a", "b", "b"]);
  });

  it("registering a name again replaces its listener", () => {
    const dispatcher = new TimelineDispatcher();
    const seen: string[] = [];
    dispatcher.on("hover.x", () => seen.push("first"));
    dispatcher.on("hover.x", () => seen.push("second"));
    dispatcher.emit("hover", {event: null});
    expect(seen).toEqual(["second"]);
  });

  it("clear() removes every listener, namespaced or not", () => {
    const dispatcher = new TimelineDispatcher();
    const seen: string[] = [];
    dispatcher.on("focus", () => seen.push("plain"));
    dispatcher.on("focus.named", () => seen.push("named"));
    dispatcher.clear();
    dispatcher.emit("focus", {event: {} as never});
    expect(seen).toEqual([]);
  });

  it("an unknown event type is a TimelineError", () => {
    const dispatcher = new TimelineDispatcher();
    expect(() => dispatcher.on("click" as "zoom", () => {})).toThrow(TimelineError);
  });
});
