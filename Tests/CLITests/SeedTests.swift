import Foundation
import Testing

/// normalize on the five seed documents. Each expectation was checked by reading the seed:
/// the paragraph or line named is what the input says once its noise is repaired.
@Suite struct SeedTests {
  let tool = Tool(name: "normalize")

  func output(_ seed: String) throws -> [String] {
    let result = try tool.run(["seeds/\(seed)"])
    #expect(result.status == 0 && result.stderr.isEmpty)
    return result.lines
  }

  @Test(arguments: Tool.seeds)
  func idempotent(_ seed: String) throws {
    let once = try tool.run([seed])
    let twice = try tool.run([], input: once.stdout)
    #expect(!once.stdout.isEmpty && once.stdout == twice.stdout)
  }

  @Test(arguments: Tool.seeds)
  func recordsCoverTheInputInOrder(_ seed: String) throws {
    let result = try tool.run(["--format", "jsonl", seed])
    var last = 0
    for line in result.lines where !line.isEmpty {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let lines = object?["lines"] as? [Int] ?? []
      #expect(object?["doc"] as? String == seed && lines.count == 2 && lines[0] <= lines[1])
      // Captions move after the paragraph they interrupt; everything else is in order.
      if !((object?["text"] as? String ?? "").hasSuffix("摄") || (object?["text"] as? String ?? "").contains("资料照片")) {
        #expect(lines[0] > last)
        last = lines[1]
      }
    }
  }

  @Test func seed000() throws {
    let out = try output("000_0b211d64cdace451.txt")
    #expect(out.first == "（六）新领域合作稳步推进")
    #expect(out.contains("四、为世界和平与发展注入正能量"))
    #expect(out.contains("五、推进高质量共建“一带一路”行稳致远"))
    #expect(out.contains("（四）为人类社会进步汇聚文明力量"))
    #expect(out.contains { $0.hasPrefix("文明交流互鉴是推动人类文明进步和世界和平发展的重要动力。") })
    #expect(out.contains("结束语"))
    #expect(out.contains { $0.hasPrefix("共建国家发挥各自优势，不断拓展合作领域、创新合作模式，") && $0.hasSuffix("国际合作空间更加广阔。") })
    #expect(out.contains { $0.contains("截至2023年6月底，中国已与世界卫生组织签署《关于“一带一路”卫生领域合作的谅解备忘录》，与160多个国家") })
    #expect(out.contains { $0.contains("发布《绿色金融支持“一带一路”能源转型倡议》") })
    #expect(out.contains { $0.contains("“数字丝绸之路”建设亮点纷呈。共建国家") })
    #expect(out.contains { $0.contains("照亮行人夜归之路……一个个“小而美”") })
    #expect(out.contains { $0.contains("国际科学组织联盟（ANSO）成员单位达58家。") })
  }

  @Test func seed001() throws {
    let out = try output("001_b0bd81ca55334064.txt")
    #expect(Array(out.prefix(4)) == ["共建“一带一路”：构建人类命运共同体的重大实践", "（2023年10月）", "中华人民共和国国务院新闻办公室", "前言"])
    #expect(!out.contains("目录"))
    #expect(out.filter { $0 == "（一）根植历史，弘扬丝路精神" }.count == 1)
    #expect(out.contains { $0.contains("人工智能等传统和非传统安全问题交叉叠加，") })
    #expect(out.contains { $0.contains("既是中国扩大开放的重大举措") })
    #expect(out.contains { $0.contains("匈牙利布达佩斯—克莱比奥段") })
    #expect(out.contains { $0.contains("实实在在的的利益") })  // content is never corrected
    #expect(out.contains { $0.contains("中国—东盟（10+1）合作") })
    #expect(out.last(where: { !$0.isEmpty })?.hasSuffix("中俄东线天然气管道正式通气。") == true)
  }

  @Test func seed002() throws {
    let out = try output("002_aaa949114e9714a4.txt")
    #expect(out.first == "八项行动奠定共建“一带一路”新十年良好开局")
    #expect(out[1].hasPrefix("2023年10月，在第三届“一带一路”国际合作高峰论坛开幕式主旨演讲中，"))
    let joined = out.firstIndex { $0.contains("反腐败、纪检监察等领域国际研修、“一带一路”廉洁建设领域援外培训等各类项目持续开展") }
    #expect(joined != nil)
    if let joined {
      #expect(out[joined + 1].hasSuffix("（2024年3月12日摄）。任卫云 摄"))
      #expect(out[joined + 2] == "在位于吉布提首都吉布提市的吉布提工商学校，学生在鲁班工坊铁道运营沙盘教学区学习（资料照片）。董江辉 摄")
    }
    #expect(out.contains { $0.contains("完善对项目 and 人员的安全保障措施。") })
    #expect(out.contains { $0.contains("实施72/144小时过境免签政策") })
    #expect(out.contains { $0.hasSuffix("推动实现世界各国的现代化，共同推进构建人类命运共同体！") })
  }

  @Test func seed003() throws {
    let out = try output("003_c3e928ef42c4d8fc.txt")
    #expect(out.first == "“一带一路”国际合作高峰论坛在北京举行")
    #expect(out.filter { $0 == "“一带一路”倡议已经取得重要收获和成果" }.count == 1)
    #expect(out.filter { $0 == "提出“一带一路”倡议的背景" }.count == 1)
    #expect(out.contains { $0.contains("论坛的主题是“加强国际合作，共建‘一带一路’，实现共赢发展”。") })
    #expect(out.contains { $0.contains("首次写入第71届联合国大会决议。今年初，联合国安理会通过第2344号决议") })
    #expect(out.contains { $0.contains("中国-蒙古生物高分子应用联合实验室") })
    #expect(out.contains { $0.contains("随着“一带一路”建设提速，雅万高铁、匈塞铁路等项目正在加快建设。") })
    #expect(out.contains("（来源：新华社，2017年5月15日）"))
  }

  @Test func seed004() throws {
    let out = try output("004_5bd51f5e11cba06d.txt")
    #expect(out.contains("二、高质量共建“一带一路”面临新机遇新挑战"))
    #expect(out.contains("三、扎实推进高质量共建“一带一路”不断取得新进展新成效"))
    #expect(out.contains { $0.hasPrefix("（一）从机遇看，优势显著大有可为。人类命运共同体理念日益深入人心。") })
    #expect(out.contains { $0.hasPrefix("（二）稳步拓展合作新领域新空间。习近平总书记强调") })
    #expect(out.contains { $0.contains("将使全球收入增加0.7%~2.9%。") })
    #expect(out.contains("十年共建结硕果 携手共进向未来"))
    #expect(out.contains("全领域推广积分新模式"))
    #expect(out.contains("北京：山区小学抢修待开学"))
    #expect(out.contains { $0.hasPrefix("新一轮科技革命和产业变革带来发展新机遇。随着") })
    #expect(out.contains { $0.hasPrefix("我国产业链供应链优势为共建“一带一路”提供了有力支撑。") })
    #expect(out.last(where: { !$0.isEmpty })?.hasSuffix("通行的新桥梁。新华社记者 鞠焕宗 摄") == true)
  }

  @Test func noiseCensusFindsOnlyDocumentedLeftovers() throws {
    guard FileManager.default.isExecutableFile(atPath: Tool.root.appendingPathComponent("../shared/tools/noise-census").path)
    else { return }
    let files = Tool.seeds.map { "<('\(tool.path)' \($0))" }.joined(separator: " ")
    let result = try Tool.shell("../shared/tools/noise-census \(files) --json")
    let report = try JSONSerialization.jsonObject(with: result.stdout) as? [String: [String: Any]] ?? [:]
    // Left by design: K16 captions stay (as their own paragraphs), K19 `~` changes only with
    // --tilde, K20 `的的` is reported by --flag and never corrected, and one K01 in seed 002
    // is a cut sentence (its columns were extracted out of order; joining would invent text).
    let allowed: Set<String> = ["K01_blank_between_nonblank_ratio", "K16_photo_caption_line",
                                "K19_ascii_tilde_range", "K20_suspicious_doubled_char"]
    var wraps = 0
    for (_, entry) in report {
      let counts = entry["counts"] as? [String: Any] ?? [:]
      for (kind, value) in counts where kind.hasPrefix("K") && !allowed.contains(kind) {
        if kind == "K01_wrap_mid_sentence" { wraps += value as? Int ?? 0; continue }
        Issue.record("\(kind): \(value)")
      }
    }
    #expect(wraps <= 1)
    #expect(!report.isEmpty)
  }
}
