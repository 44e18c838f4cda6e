// A classic script: the UMD build defines the global `chronoline`.
fetch("data/state-visit-2023.json")
  .then((response) => response.json())
  .then((input) => {
    chronoline.createTimeline(document.getElementById("chart"), input, {width: 900});
  });
