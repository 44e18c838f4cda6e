import {timeline} from "chronoline";
import {select} from "d3-selection";

const input = await (await fetch("data/state-visit-2023.json")).json();
select("#chart").datum(input).call(timeline().width(900));
