import ZhTextCLI

ToolMain.main(Normalize.self, tool: "normalize", optionalValues: ["--report": "tsv"])
