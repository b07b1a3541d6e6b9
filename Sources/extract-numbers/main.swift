import ZhTextCLI

ToolMain.main(ExtractNumbers.self, tool: "extract-numbers")
