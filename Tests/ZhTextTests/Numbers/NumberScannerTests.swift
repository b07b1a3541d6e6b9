import Testing

@testable import ZhText

/// Number extraction, table-driven. Each expected line was written by reading the input:
/// the span, its exact value, the kind, the qualifier and the unit a reader takes from it.
@Suite struct NumberScannerTests {
  static let positives = table(#"""
# Arabic numbers and units
共有29个国家	29=29:number@个
来自130多个国家	130多=130:number~over@个
达1500多人	1500多=1500:number~over@人
160 多个国家	160 多=160:number~over@个
向 58 个国家派出	58=58:number@个
赴 30 多个国家	30 多=30:number~over@个
9 个国际和区域卫生合作机制	9=9:number@个
与 20 余个国家	20 余=20:number~over@个
累计培训 1.6 万余人次	1.6 万余=16000:number~over@人次
提供 20 余亿剂疫苗	20 余亿=2000000000:number~over@剂
共建 50 余家联合实验室	50 余=50:number~over@家
签署了200多份合作文件	200多=200:number~over@份
建成 20 多个农业技术示范中心	20 多=20:number~over@个
3000 多人次	3000 多=3000:number~over@人次
2000 多名农业专家	2000 多=2000:number~over@名
1500 多项农业技术	1500 多=1500:number~over@项
1,000人参加	1,000=1000:number@人
共计12,345,678人	12,345,678=12345678:number@人
１，２５０万人	１，２５０万=12500000:number@人
第７１届	第７１=71:ordinal@届
第２３４４号决议	第２３４４=2344:ordinal@号
发布国家标准外文版近1400项	1400=1400:number~under@项
行业标准外文版1000多项	1000多=1000:number~over@项
42.1万个就业岗位	42.1万=421000:number@个
270多期菌草技术培训班	270多=270:number~over@期
培训相关人才1万多人	1万多=10000:number~over@人
41个工业大类、207个工业中类、666个工业小类	41=41:number@个 ; 207=207:number@个 ; 666=666:number@个
500种主要工业产品	500=500:number@种
13个共建国家	13=13:number@个
6个重点地区	6=6:number@个
56 个经贸合作区	56=56:number@个
每周 4200 个航班	4200=4200:number@个
356 条国际运输线路	356=356:number@条
3700 多趟中欧班列	3700 多=3700:number~over@趟
超过5000人	5000=5000:number~over@人
200 多期	200 多=200:number~over@期
5 年内安排 2500 人次	5=5:number@年 ; 2500=2500:number@人次
120 余位专家学者	120 余=120:number~over@位
20 余所科教机构	20 余=20:number~over@所
时速350公里	350=350:number@公里
开工11个标段	11=11:number@个
其中1个标段已完工	1=1:number@个
38 批抗疫专家组	38=38:number@批
47 份气候变化南南合作谅解备忘录	47=47:number@份
130 套跨境陆缆系统	130=130:number@套
16 米数据共享服务平台	16=16:number@米
100 余份农渔业合作文件	100 余=100:number~over@份
10 余家金融机构	10 余=10:number~over@家
70 余个减缓和适应气候变化项目	70 余=70:number~over@个
3 年多来	3=3:number@年
# magnitudes and exact values
月薪8千元	8千=8000:currency@元
项目投资3千万元	3千万=30000000:currency@元
发放贷款2.7千亿元	2.7千亿=270000000000:currency@元
共1百多人	1百多=100:number~over@人
全长3千米	3=3:number@千米
重5千克	5=5:number@千克
6.3 万亿元人民币	6.3 万亿=6300000000000:currency@元
3.8 万亿元	3.8 万亿=3800000000000:currency@元
2.4 万亿元	2.4 万亿=2400000000000:currency@元
145 亿美元	145 亿=14500000000:currency@美元
400 亿美元的丝路基金	400 亿=40000000000:currency@美元
1394 亿美元	1394 亿=139400000000:currency@美元
121万亿元	121万亿=121000000000000:currency@元
1.2万亿	1.2万亿=1200000000000:number
99999999999999999999亿	99999999999999999999亿=9999999999999999999900000000:number
760万人	760万=7600000:number@人
3200万人	3200万=32000000:number@人
超过200亿美元	200亿=20000000000:currency~over@美元
近11亿美元税收	11亿=1100000000:currency~under@美元
18万个就业岗位	18万=180000:number@个
600 亿元人民币援助	600 亿=60000000000:currency@元
20 亿元人民币	20 亿=2000000000:currency@元
10 亿美元	10 亿=1000000000:currency@美元
185 亿美元	185 亿=18500000000:currency@美元
0.5元	0.5=0.5:currency@元
3.14	3.14=3.14:number
0.007	0.007=0.007:number
# percents
增长 0.6%	0.6%=0.6%:percent
占我国对外投资总额的 8.5%	8.5%=8.5%:percent
成本每降低 10%	10%=10%:percent
增加 20% 。	20%=20%:percent
达 89%	89%=89%:percent
由2000年的21%上升至2022年的43%	2000=2000:date@年 ; 21%=21%:percent ; 2022=2022:date@年 ; 43%=43%:percent
比重2022年达27.7%	2022=2022:date@年 ; 27.7%=27.7%:percent
比重近30%	30%=30%:percent~under
增长仅2.2%	2.2%=2.2%:percent
经济年均增长4.5%	4.5%=4.5%:percent
高于世界平均增速2.3个百分点	2.3个百分点=2.3%:percent@个百分点
下降0.5至1个百分点	0.5至1个百分点=[0.5%,1%]:range@个百分点
回复率达100%	100%=100%:percent
百分之十五	百分之十五=15%:percent
负百分之四十	负百分之四十=-40%:percent
三成	三成=30%:percent
四成以上产品	四成=40%:percent~over
约七成	七成=70%:percent~about
１２％	１２％=12%:percent
# fractions
三分之一	三分之一=1/3:fraction
四分之三的国家	四分之三=3/4:fraction
千分之三	千分之三=3/1000:fraction
万分之五	万分之五=5/10000:fraction
1/3	1/3=1/3:fraction
72/144小时过境免签	72=72:number@小时 ; 144=144:number@小时
分别提高3/4个百分点	3=3%:percent@个百分点 ; 4个百分点=4%:percent@个百分点
# ranges
降幅为百分之五到百分之八	百分之五到百分之八=[5%,8%]:range
降幅为百分之五至八	百分之五至八=[5%,8%]:range
七八成的网友	七八成=[70%,80%]:range~vague
0.7%~2.9%	0.7%~2.9%=[0.7%,2.9%]:range
2.8%—9.7%	2.8%—9.7%=[2.8%,9.7%]:range
4—6%	4—6%=[4%,6%]:range
3至5万	3至5万=[30000,50000]:range
3至5万人	3至5万=[30000,50000]:range@人
1~5月份	1~5=[1,5]:range@月份
10～20个	10～20=[10,20]:range@个
2020—2022年	2020—2022=[2020,2022]:range@年
100到200元	100到200=[100,200]:range@元
三四个	三四=[3,4]:range~vague@个
七八十岁	七八十=[70,80]:range~vague@岁
两三百人	两三百=[200,300]:range~vague@人
十七八岁	十七八=[17,18]:range~vague@岁
一两个	一两=[1,2]:range~vague@个
五六千元	五六千=[5000,6000]:range~vague@元
1.5-2.5米	1.5-2.5=[1.5,2.5]:range@米
# ordinals
第71届联合国大会	第71=71:ordinal@届
第一届	第一=1:ordinal@届
第二届	第二=2:ordinal@届
第三届“一带一路”国际合作高峰论坛	第三=3:ordinal@届
第十五次	第十五=15:ordinal@次
第2344号决议	第2344=2344:ordinal@号
第一大国	第一=1:ordinal@大
第二个十年	第二=2:ordinal@个 ; 十=10:number@年
第100名	第100=100:ordinal@名
第一	第一=1:ordinal
# dates
2023年	2023=2023:date@年
截至2023年6月底	2023=2023:date@年 ; 6=6:date@月
截至 2023 年 6 月底	2023=2023:date@年 ; 6=6:date@月
2016 年 10 月	2016=2016:date@年 ; 10=10:date@月
2024年3月12日	2024=2024:date@年 ; 3=3:date@月 ; 12=12:date@日
5 月 14 日至 15 日	5=5:date@月 ; 14=14:date@日 ; 15=15:date@日
4 月 23 日在西安成立	4=4:date@月 ; 23=23:date@日
2020年至2022年	2020=2020:date@年 ; 2022=2022:date@年
二〇二三年	二〇二三=2023:date@年
一九四九年十月一日	一九四九=1949:date@年 ; 十=10:date@月 ; 一=1:date@日
每月23日	23=23:date@日
2013 年以来	2013=2013:date@年
上世纪80年代以来	80=80:number@年代
20世纪90年代后	20=20:number@世纪 ; 90=90:number@年代
15世纪初的明代	15=15:number@世纪
21世纪海上丝绸之路	21=21:number@世纪
10年来	10=10:number@年
10 年来，共建	10=10:number@年
公元前140年左右	140=140:number~about@年
500多年前	500多=500:number~over@年
近三年	三=3:number~under@年
抗疫三年中	三=3:number@年
# Chinese numeral grammar
两万三	两万三=23000:number
三千五	三千五=3500:number
一万零五	一万零五=10005:number
十五	十五=15:number
一百一	一百一=110:number
二十	二十=20:number
一百零一	一百零一=101:number
一千零五十	一千零五十=1050:number
两千五百万	两千五百万=25000000:number
三点五亿	三点五亿=350000000:number
十二亿	十二亿=1200000000:number
廿三日	廿三=23:date@日
廿三	廿三=23:number
卅年	卅=30:number@年
壹拾贰万	壹拾贰万=120000:number
壹佰元	壹佰=100:currency@元
四千二百个	四千二百=4200:number@个
五十五个	五十五=55:number@个
一万两千名	一万两千=12000:number@名
三亿五千万	三亿五千万=350000000:number
十万八千里	十万八千=108000:number@里
零下5度	零下5=-5:number@度
零下十度	零下十=-10:number@度
负3	负3=-3:number
-5度	-5=-5:number@度
# Chinese numbers with units
两千多年前	两千多=2000:number~over@年
一千多年前	一千多=1000:number~over@年
两届	两=2:number@届
两国	两=2:number@国
三个月	三=3:number@个月
七次远洋航海	七=7:number@次
五大洲	五=5:number@大
四大理念	四=4:number@大
五个方面	五=5:number@个
半个多世纪	
十八大以来	十八=18:number@大
十年来	十=10:number@年
六个零	六=6:number@个
三年中	三=3:number@年
两大奇迹	两=2:number@大
一年来	一=1:number@年
四方面成果	四=4:number@方面
一个理念	一=1:number@个
这两个方向	两=2:number@个
# approximations and vague amounts
他一口气跑了三千米。	三千=3000:number@米
说了不下十遍	十=10:number~over@遍
数万名	数万=null:number~vague@名
数十个	数十=null:number~vague@个
数百万人	数百万=null:number~vague@人
几十年	几十=null:number~vague@年
几个国家	几=null:number~vague@个
近万名	万=10000:number~under@名
逾万名	万=10000:number~over@名
百余种	百余=100:number~over@种
十几个	十几=10:number~over@个
二十几岁	二十几=20:number~over@岁
三十来岁	三十来=30:number~over@岁
约500人	500=500:number~about@人
大约200公里	200=200:number~about@公里
500人左右	500=500:number~about@人
100人以上	100=100:number~over@人
不到10%	10%=10%:percent~under
将近一半	
不足100人	100=100:number~under@人
50人以下	50=50:number~under@人
突破1万亿	1万亿=1000000000000:number~over
20亿左右	20亿=2000000000:number~about
3公里以内	3=3:number~under@公里
逾万	万=10000:number~over
# PDF-split and letter-spaced numbers inside Chinese text
同比增长3 2%，	3 2%=32%:percent
利润率提高6.5 %，	6.5 %=6.5%:percent
用户达120 多 万人	120 多 万=1200000:number~over@人
达1 3 9 4亿美元	1 3 9 4亿=139400000000:currency@美元
# bare magnitudes after 上 and 每, 数以万计, 十几万
上千人参加	千=1000:number~over@人
每千人拥有医生3人	千=1000:number@人 ; 3=3:number@人
数以万计的游客	数以万计=null:number~vague
十几万人	十几万=100000:number~over@人
# ranks and quarters
他跑进了前三。	前三=3:ordinal
投资两三千万元	两三千万=[20000000,30000000]:range~vague@元
排名前10位	前10=10:ordinal@位
前100强企业	前100=100:ordinal@强
一季度增长5.3%	一=1:date@季度 ; 5.3%=5.3%:percent
前三季度增长	三=3:number@季度
三季度GDP	三=3:date@季度
下午一点开会	一=1:number@点
目前三家企业	三=3:number@家
此前两年	两=2:number@年
# a space-separated column of numbers stays apart
2019 2020 2021	2019=2019:number ; 2020=2020:number ; 2021=2021:number
"""#)

  static let negatives = table(#"""
# lexicalised words and idioms
一眨眼就不见了
一口气
共建“一带一路”倡议
一些国家
统一思想
一起努力
一律平等
万一出现问题
进一步推动
区域一体化进程
第一时间赶到
千万不要忘记
十分重要
四川省
九江市
大陆桥
陆海内外联动
登陆
四面八方
一方面
一致赞同
一样
一般来说
一定要
一直以来
一切问题
一旦发生
一同前往
唯一拥有
重要组成部分之一
一道走
一线接访
一流水平
一贯主张
一系列举措
一揽子计划
一举两得
一如既往
同一目标
单一市场
一个个“小而美”
一批批项目
万众一心
千方百计
百花齐放
千百年来
万物生长
百姓
百年未有之大变局
绵亘万里
延续千年
千家万户
一成不变
两岸关系
两会期间
两手抓
十之八九
一模一样
一路向前
二维码
三农问题
一刀切
一把手
一家亲
# identifiers
5G基站
G20峰会
PM2.5浓度
COVID-19疫情
维生素B12
GB/T 15834-2011
ISO 9001认证
3D打印
4K电视
IPv6地址
# markers (skipped by default)
一是凝聚更多共识；二是明确合作方向
（六）新领域合作稳步推进
(一) 根植历史
一、源自中国属于世界
1.简化手续
主要措施：1.简化手续；2.降低成本。
①坚持问题导向
（1）坚持
# names, relative dates and non-numbers
“六零”创建
上半年
月底
去年
下午
年初
点赞
半个多世纪
将近一半
成为
形成
四川成都
一带
第一时间
十分
双方
两者
一下子
零容忍态度
零关税
# numeral idioms and adjacent digits without a unit
三心二意
乱七八糟
七嘴八舌
千方百计
九九归一
八九不离十
三年五载
他的话八九不离十
上一年度
下一步工作
有一点问题
"""#)

  @Test(arguments: positives)
  func finds(_ input: String, _ expected: String) {
    let found = NumberScanner().scan(Array(input.unicodeScalars))
    #expect(describe(found, in: input) == expected, "\(input)")
  }

  @Test(arguments: negatives.map(\.0))
  func findsNothing(_ input: String) {
    let found = NumberScanner().scan(Array(input.unicodeScalars))
    #expect(found.isEmpty, "\(input): \(describe(found, in: input))")
  }

  @Test func tableSizes() {
    #expect(Self.positives.count + Self.negatives.count >= 300)
    #expect(Self.negatives.count >= 60)
  }
}
