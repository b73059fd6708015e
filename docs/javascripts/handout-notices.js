/* Dialogværktøjet, meeting handout: the builder's two kinds of notice.
 *
 * notices(statusNode, alertNode, undoLabel) keeps them apart:
 * - confirm(message, undo): a polite status message ("Linket er kopieret."), with a
 *   "Fortryd" button when `undo` is given; the next change of the meeting clears it.
 * - problem(cause, message): an alert, one message per cause ("nothing", "dato", "link" …);
 *   problem(cause, "") clears that cause's message when its cause has gone.
 * The state is plain data ({status, undo, problems}); render() only shows it. Every text
 * comes from the page's labels.
 */
(function () {
  "use strict";

  function notices(statusNode, alertNode, undoLabel) {
    var status = "";
    var undo = null;
    var problems = {};
    var order = [];

    function render() {
      statusNode.textContent = status;
      if (status && undo) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button dq-undo";
        button.textContent = undoLabel;
        var action = undo;
        button.addEventListener("click", function () { action(); });
        statusNode.appendChild(document.createTextNode(" "));
        statusNode.appendChild(button);
      }
      var text = order.filter(function (cause) { return problems[cause]; })
        .map(function (cause) { return problems[cause]; }).join(" ");
      if (alertNode.textContent !== text) alertNode.textContent = text;
      alertNode.hidden = !text;
    }

    return {
      confirm: function (message, undoAction) {
        status = message || "";
        undo = undoAction || null;
        render();
      },
      clearStatus: function () {
        if (!status) return;
        status = "";
        undo = null;
        render();
      },
      problem: function (cause, message) {
        if (order.indexOf(cause) === -1) order.push(cause);
        if ((problems[cause] || "") === (message || "")) return;
        problems[cause] = message || "";
        render();
      }
    };
  }

  window.DQHandout = window.DQHandout || {};
  window.DQHandout.notices = notices;
})();
