import ZhTextCLI

ToolMain.main(TagSections.self, tool: "tag-sections")
