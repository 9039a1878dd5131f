"use strict";
// A tooltip's content: the heading, then each field with its values (a list when there
// are several), all as text. Shared by page.js (vis-network) and large.js (sigma.js);
// the page's script is this file followed by theirs.
function tipBox(heading, info) {
  const box = document.createElement("div");
  const title = document.createElement("strong");
  title.textContent = heading;
  box.append(title);
  for (const [name, values] of info) {
    const field = document.createElement("div");
    const label = document.createElement("span");
    label.className = "tip-label";
    label.textContent = name + ": ";
    field.append(label);
    if (values.length === 1) {
      field.append(values[0]);
    } else {
      const list = document.createElement("ul");
      for (const value of values) {
        const item = document.createElement("li");
        item.textContent = value;
        list.append(item);
      }
      field.append(list);
    }
    box.append(field);
  }
  return box;
}
