import ZhTextCLI

ToolMain.main(Segment.self, tool: "segment")
