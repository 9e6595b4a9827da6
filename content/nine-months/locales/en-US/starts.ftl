# Good Faith — "Nine Months" (English): start points, for teachers choosing where a lesson begins.

start-security_plan = The security plan (December 2013)
    .description = Week 20. The American envoy presents his plan for the Jordan Valley after a withdrawal; the defence minister dismisses it in briefings and the Palestinians have not yet been briefed. Two prisoner tranches have been released, and settlement tenders followed each.
start-framework = The framework talks (February 2014)
    .description = Week 29. The Secretary's team writes a framework on borders, refugees, Jerusalem and recognition, and must decide with whom to write it. Eleven weeks remain before the deadline.
start-extension_bargain = The extension bargain (March 2014)
    .description = Week 35. Six weeks before the deadline: the Palestinian president visits Washington, the fourth prisoner tranche falls due, and the mediators assemble a bigger bargain to keep the talks going into 2015.
