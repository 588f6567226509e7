/// English names of the cities that datelines of Sino-Russian summits name, so that a meeting dated
/// from its dateline reads like one from the manifest. Unknown cities keep their Chinese name.
enum CityNames {
    static func english(_ chinese: String) -> String {
        names[chinese] ?? chinese
    }

    static func isKnown(_ chinese: String) -> Bool {
        names[chinese] != nil
    }

    private static let names: [String: String] = [
        "北京": "Beijing", "上海": "Shanghai", "天津": "Tianjin", "青岛": "Qingdao", "杭州": "Hangzhou",
        "厦门": "Xiamen", "西安": "Xi'an", "哈尔滨": "Harbin", "莫斯科": "Moscow", "圣彼得堡": "Saint Petersburg",
        "喀山": "Kazan", "索契": "Sochi", "符拉迪沃斯托克": "Vladivostok", "叶卡捷琳堡": "Yekaterinburg",
        "乌法": "Ufa", "阿斯塔纳": "Astana", "阿拉木图": "Almaty", "杜尚别": "Dushanbe", "比什凯克": "Bishkek",
        "塔什干": "Tashkent", "撒马尔罕": "Samarkand", "明斯克": "Minsk", "大阪": "Osaka", "约翰内斯堡": "Johannesburg",
        "巴西利亚": "Brasilia", "福塔莱萨": "Fortaleza", "利马": "Lima", "布宜诺斯艾利斯": "Buenos Aires",
        "汉堡": "Hamburg", "安塔利亚": "Antalya", "新德里": "New Delhi", "果阿": "Goa", "里约热内卢": "Rio de Janeiro",
    ]
}
