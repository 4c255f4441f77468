// The "Try an example" article: written for newsmark (the companies and people are made up).

export const EXAMPLE = `Meridian Systems to pay $14.3 billion for stake in Harbor Lane Robotics

SAN FRANCISCO — Meridian Systems Inc. will pay $14.3 billion for a 49% stake in Harbor Lane Robotics, the companies said on Tuesday, valuing the warehouse-automation start-up at roughly twice what investors paid for it last year.

Jason Droege, Harbor Lane’s interim chief executive, said the company would stay independent. “There’s no preferential access to our customers, and nothing changes for the people who work here,” Droege said. “We will keep serving every lab we work with,” he added.

Harbor Lane earned about $870 million in revenue last year, up 38% from 2023, according to a filing with the Securities and Exchange Commission.

Maria Okafor, an analyst at Northfield Capital in Boston, said the price looked steep. “They are paying for a future that hasn’t arrived yet,” she said.

Meridian’s chief executive, Tom Whitaker, was more upbeat. “This is the biggest bet we have ever made, and we made it with our eyes open,” he said. Shares of Meridian rose 4.5 percent in New York trading.
`;
