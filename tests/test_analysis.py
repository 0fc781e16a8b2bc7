"""analysis.analyse: what the built-in rules find in a PM's own words, and what they leave alone.

Every sentence here was written for these tests (none is copied from the shared drafts). Each row
is (text, the rule ids expected at threshold "medium"), named after the edge case it pins down.
"""

from __future__ import annotations

import pytest

from mailcoach.analysis import Finding, Verdict, analyse, fold, has_external_recipient, warm_up
from mailcoach.draft import Draft
from mailcoach.rules import load_ruleset

PM = "pm@ourteam.example.com"
COLLEAGUE = "dev@ourteam.example.com"
CLIENT = "li.na@client-x.example.cn"


@pytest.fixture(scope="module")
def ruleset():
    rs = load_ruleset()
    warm_up(rs)
    return rs


def make_draft(text: str, to=(CLIENT,), cc=(), sender=PM, subject="") -> Draft:
    return Draft(subject=subject, sender=sender, to=tuple(to), cc=tuple(cc), message_id=None,
                 text=text, body_text=text)


def found(ruleset, text: str, **kw) -> set[str]:
    verdict = analyse(make_draft(text, **kw), ruleset)
    return {f.rule for f in verdict.findings if f.severity in ("medium", "high")}


CASES = [
    # ---- argue: positives in other words ----------------------------------------------------
    ("argue_blame_with_qualifier", "接口超时是你们网关配置的问题，跟我们的代码没有任何关系。", {"argue"}),
    ("argue_rhetorical_has_anyone_read", "您这份需求文档到底有没有人认真看过？", {"argue"}),
    ("argue_sarcasm_how_dare", "这种低级错误你们也好意思来找我们？", {"argue"}),
    ("argue_rhetorical_not_even_read", "贵方的测试人员是不是连最基本的操作手册都没读过？", {"argue"}),
    ("argue_lecture_first_do_your_own_job", "麻烦贵行先把自己的事情做好，再来评价我们的进度。", {"argue"}),
    ("argue_push_blame_back", "请贵方正视自身问题，不要把责任推给我方。", {"argue"}),
    ("argue_stacked_exclamations_plus_blame_hint", "贵方工程师显然没有按手册操作！！", {"argue"}),
    ("argue_i_told_you_so", "这个风险我早就说过了，当时没人听。", {"argue"}),
    ("argue_en_explained_three_times", "I've explained this three times now. The timeout is on your firewall.", {"argue"}),
    ("argue_en_spell_it_out", "Let me spell it out for you: the deadline moved because your team missed three deliveries.", {"argue"}),
    ("argue_en_what_part_unclear", "Not sure what part of 'frozen scope' is unclear to your team.", {"argue"}),
    ("argue_en_formal_previous_correspondence", "Kindly note that this was covered in detail in our previous correspondence.", {"argue"}),
    ("argue_en_per_my_last_email", "Per my last email, the certificate is yours to renew.", {"argue"}),
    ("argue_passive_aggressive_politeness", "您好呀～这个问题其实都已经说明过啦，下次提问题之前麻烦先看一下我们发的说明哦。", {"argue"}),
    # ---- argue: hard negatives --------------------------------------------------------------
    ("argue_neg_mingming_is_a_name", "明明负责对账模块，王明明这周把脚本补齐了。", set()),
    ("argue_neg_taking_the_blame", "这次并不是你们的问题，是我们的配置漏了一项，非常抱歉。", set()),
    ("argue_neg_self_criticism_nandao", "难道我们的测试用例没覆盖到这个场景？我回去查一下。", set()),
    ("argue_neg_follow_through", "As I said on Monday's call, the fix ships on Thursday.", set()),
    ("argue_neg_not_your_fault", "It isn't your fault that the job failed; we'll rerun it tonight.", set()),
    ("argue_neg_firm_polite_facts", "根据日志，超时发生在贵方网关，我们可以一起排查，明天上午方便通个电话吗？", set()),
    ("argue_neg_quoted_client_anger", "您在邮件里说“这明明是你们的问题”，我们理解您的着急，已经安排两名工程师排查。", set()),
    # ---- refusal: positives ------------------------------------------------------------------
    ("refusal_flat_zh", "这个需求不可能做。", {"refusal"}),
    ("refusal_flat_cant_change", "不行，改不了。", {"refusal"}),
    ("refusal_we_dont_consider", "关于增加英文版的需求，我们这边不考虑。", {"refusal"}),
    ("refusal_formal_cannot_agree", "该变更申请与合同约定不符，我司无法同意。", {"refusal"}),
    ("refusal_colloquial_forget_it", "这个嘛，就别指望了。", {"refusal"}),
    ("refusal_bureaucratic_buyu", "经研究，该功能不予开发。特此函复。", {"refusal"}),
    ("refusal_bureaucratic_shu", "此事不在合同范围内，恕不办理。", {"refusal"}),
    ("refusal_wrapped_in_friendly_words", "这个功能咱就不加了哈～还望理解！", {"refusal"}),
    ("refusal_en_flat", "No, we can't do that.", {"refusal"}),
    ("refusal_en_not_in_position", "We're not in a position to take this on.", {"refusal"}),
    ("refusal_en_answer_has_to_be_no", "Our policy doesn't allow this, so the answer has to be no.", {"refusal"}),
    ("refusal_en_stick_with_current", "Sorry, that won't work for us. We'll stick with the current design.", {"refusal"}),
    ("refusal_en_declined", "Your request for Spanish localisation has been declined.", {"refusal"}),
    ("refusal_evaluated_earlier_still_flat", "经评估，该功能不在本期范围，不予开发。", {"refusal"}),
    # ---- refusal: hard negatives ---------------------------------------------------------------
    ("refusal_neg_buffered", "这期确实做不了，我已登记为 CR-45，周四前给您评估结果和两个备选方案。", set()),
    ("refusal_neg_alternative", "原生推送这一版上不了，我们有一个替代方案：先用短信通知，6 月版本再做推送。", set()),
    ("refusal_neg_escalation", "I can't approve that discount myself, so I've passed it to our sales director, who will call you on Monday.", set()),
    ("refusal_neg_double_negative", "不是不可能，只是需要贵方核心组配合。", set()),
    ("refusal_neg_nothing_we_cannot_do", "技术上没有做不了的，关键是排期。", set()),
    ("refusal_neg_not_saying_we_wont", "并不是说我们不会做，而是要先确认口径。", set()),
    ("refusal_neg_conditional", "如果测试不行，我们换方案。", set()),
    ("refusal_neg_conditional_en", "If the load test still fails, we will roll back and try the batch approach.", set()),
    ("refusal_neg_almost_impossible_to_fail", "迁移脚本跑过三轮，这几乎不可能出错。", set()),
    ("refusal_neg_impossible_task_praise", "大家都说五一上线是不可能的任务，结果不可能的任务也完成了！", set()),
    ("refusal_neg_connection_refused", "日志里是 Connection refused（拒绝连接），我们已更换证书。", set()),
    ("refusal_neg_not_charging", "We won't be charging for this fix.", set()),
    ("refusal_neg_no_problem", "No problem, we'll have it ready by Friday.", set()),
    ("refusal_neg_cannot_decide", "张伟什么都做不了主，我们下周直接约王总。", set()),
    ("refusal_neg_im_not_saying_no", "I'm not saying no - it just doesn't fit this sprint. I've logged it as CR-88 and will size it by Wednesday.", set()),
    ("refusal_neg_hard_no_with_options", "The 1 May date is a hard no for us, but we can offer 8 May or a partial release on 3 May; let me know which works.", set()),
    # ---- persuade: positives -----------------------------------------------------------------
    ("persuade_must_accept", "您必须接受我们的统一模板方案。", {"persuade"}),
    ("persuade_just_use_ours", "说句实在话，你们那个方案根本落不了地，还是用我们的吧。", {"persuade"}),
    ("persuade_just_do_as_told", "我们已经替您考虑好了，您照做就行。", {"persuade"}),
    ("persuade_no_room_for_discussion", "这个问题没有讨论空间了，请周五前签字。", {"persuade"}),
    ("persuade_threat", "出了问题我们可不负责，建议您别再坚持自建机房。", {"persuade"}),
    ("persuade_only_way_out", "我们的方案是唯一出路，其他做法都不现实。", {"persuade"}),
    ("persuade_listen_to_us", "这事您就听我们的，错不了。", {"persuade"}),
    ("persuade_rhetorical_who_maintains", "您想想，四十家支行各配一套，以后谁还维护得动？这事就这么定了吧。", {"persuade"}),
    ("persuade_en_thank_us_later", "You'll thank us later - just go with the cloud option.", {"persuade"}),
    ("persuade_en_only_sane_choice", "Managed hosting is the only sane choice here; please stop pushing the on-prem idea.", {"persuade"}),
    ("persuade_en_take_it_as_settled", "Let's take it as settled and not reopen the vendor question.", {"persuade"}),
    # ---- persuade: hard negatives -------------------------------------------------------------
    ("persuade_neg_recommend_client_decides", "我们推荐方案A：成本低、上线快。不过最终选哪个由您决定。", set()),
    ("persuade_neg_our_experience", "按我们的经验，分批上线风险更低，供您参考。", set()),
    ("persuade_neg_trust_our_team", "相信我们的团队能把这次大促保障好。", set()),
    ("persuade_neg_unique_index", "写入时触发了手机号字段的唯一索引冲突，整批回滚。", set()),
    ("persuade_neg_interface_must_accept", "接口必须接受 UTF-8 和 GBK 两种编码的文件。", set()),
    ("persuade_neg_must_restart", "You must restart the service after installing the patch.", set()),
    ("persuade_neg_reassurance_trust_me", "Trust me, I know how stressful a go-live week is - we'll have two engineers on call.", set()),
    ("persuade_neg_deadline_statement", "您必须在周五前提交验收单，我们才能安排上线窗口。", set()),
    # ---- backchannel: positives --------------------------------------------------------------
    ("backchannel_classic", "这个客户真是奇葩，王总根本不懂技术还天天指手画脚。", {"backchannel"}),
    ("backchannel_old_fossil", "跟你说，那个李总就是个老古董，什么新东西都看不上。", {"backchannel"}),
    ("backchannel_slang_acting_up", "client-x 那边的人又开始作了，改需求跟翻书一样。", {"backchannel"}),
    ("backchannel_dont_bother_with_them", "别跟他们较真，反正他们也看不出来。", {"backchannel"}),
    ("backchannel_sarcastic_leader", "这位大领导又在群里发表高见了，笑死。", {"backchannel"}),
    ("backchannel_brain_problem", "甲方那个小刘，脑子是不是有问题？", {"backchannel"}),
    ("backchannel_company_name_slang", "A公司的采购真是让人无语，三天两头改报价单。", {"backchannel"}),
    ("backchannel_nickname", "钱大爷今天又来给我们上课了。", {"backchannel"}),
    ("backchannel_en_joke", "Between us, their PMO is a joke.", {"backchannel"}),
    ("backchannel_en_idiom", "Their CTO wouldn't know a database if it bit him.", {"backchannel"}),
    ("backchannel_en_save_their_lives", "The client team couldn't organise a meeting to save their lives.", {"backchannel"}),
    ("backchannel_en_clueless", "Heads up: the client is clueless as usual.", {"backchannel"}),
    # ---- backchannel: hard negatives ----------------------------------------------------------
    ("backchannel_neg_constructive_concern", "客户对工期比较焦虑，他们的担心有道理，我们明天当面跟他们沟通。", set()),
    ("backchannel_neg_self_directed_memory", "我这记性，醉了，会议纪要忘发了，今晚补上。", set()),
    ("backchannel_neg_self_modesty", "坦白说，我本人不懂技术细节，下面的结论请架构师核对过。", set()),
    ("backchannel_neg_praise_fu_le", "真心服了咱们测试组，三天跑完了五天的回归。", set()),
    ("backchannel_neg_quoted_client_criticism", "黄经理说我们的报表“看不懂”，她说得对，我们把表头改一下。", set()),
    ("backchannel_neg_advise_against_meddling", "验收流程是他们内部的事，我们不要对他们的审批环节指手画脚。", set()),
    ("backchannel_neg_annoying_bug", "The patch fixes the annoying flicker on the dealer map.", set()),
    ("backchannel_neg_he_has_a_point", "Mark was frustrated, and honestly he has a point: our releases keep slipping.", set()),
    ("backchannel_neg_old_man_fishing", "旁边一位大爷一上午钓了七八条鱼。", set()),
    # ---- more paraphrase, slang, sarcasm, formal wording and idioms --------------------------
    ("argue_rhetorical_got_or_opened", "我们上周就把文档发过去了，贵方是没收到还是没打开？", {"argue"}),
    ("argue_counterfactual_blame", "如果贵方按时提供数据，也不会有今天的局面。", {"argue"}),
    ("argue_nth_time", "这已经是我第四次解释同一个问题了。", {"argue"}),
    ("argue_no_right_by_contract", "按照合同第七条，贵方根本无权提出这样的要求！", {"argue"}),
    ("argue_unprofessional", "说实在的，你们这种做法很不专业。", {"argue"}),
    ("argue_do_you_even_understand", "请问贵行的验收人员到底懂不懂业务？", {"argue"}),
    ("argue_didnt_we_say_so", "怎么又是这个问题？上次会上不是讲过了吗？", {"argue"}),
    ("argue_passive_aggressive_just_look", "亲，这个在用户手册第三章就有哦，您翻到那页看看就知道啦~", {"argue"}),
    ("argue_so_called", "你们提的这些所谓缺陷，大部分是理解错了。", {"argue"}),
    ("argue_en_problem_is_yours", "The problem isn't our code. The problem is your environment.", {"argue"}),
    ("argue_en_bothered", "Had anyone on your side bothered to read the spec, this would not have happened.", {"argue"}),
    ("argue_en_been_over_this", "We've been over this. The SLA does not cover your own outages.", {"argue"}),
    ("argue_en_sarcasm_for_once", "Perhaps your team could try following the process for once.", {"argue"}),
    ("refusal_we_dont_do_it", "这个需求我们不做。", {"refusal"}),
    ("refusal_go_elsewhere", "抱歉，这个真的没办法，您还是另找别家吧。", {"refusal"}),
    ("refusal_formal_rejected", "此项要求不符合项目章程，予以驳回。", {"refusal"}),
    ("refusal_formal_not_approved", "经审核，贵方申请未获通过。", {"refusal"}),
    ("refusal_formal_aina", "贵方所提事项，碍难照办。", {"refusal"}),
    ("refusal_no_is_no", "不行就是不行，没什么好说的。", {"refusal"}),
    ("refusal_no_plan", "您说的这个功能，我们没有计划做。", {"refusal"}),
    ("refusal_en_non_starter", "That's a non-starter for us.", {"refusal"}),
    ("refusal_en_off_the_table", "I'm afraid that's off the table.", {"refusal"}),
    ("refusal_en_out_of_scope_so_no", "That request is out of scope, so no.", {"refusal"}),
    ("refusal_en_short_answer", "Short answer: no.", {"refusal"}),
    ("refusal_en_wont_move_deadline", "We won't be moving the deadline.", {"refusal"}),
    ("persuade_sign_it", "这事没什么好犹豫的，签吧。", {"persuade"}),
    ("persuade_everyone_does_it", "业内都是这么做的，您也别坚持特殊化了。", {"persuade"}),
    ("persuade_dismiss_worry", "你们的担心完全没必要，照我们的做就行了。", {"persuade"}),
    ("persuade_threat_your_delay", "您要是还犹豫，耽误的是您自己的上线时间。", {"persuade"}),
    ("persuade_en_no_choice", "You really have no choice here if you want to go live in May.", {"persuade"}),
    ("persuade_en_need_you_to_drop", "We need you to drop the custom workflow and accept the standard one.", {"persuade"}),
    ("persuade_en_dont_reopen", "Let's not reopen the hosting debate; we've settled on our option.", {"persuade"}),
    ("persuade_en_dont_fight_us", "Please don't fight us on this one.", {"persuade"}),
    ("backchannel_slang_cant_carry", "那个周经理啊，每次开会都在状况外，真心带不动。", {"backchannel"}),
    ("backchannel_bunch_of_bureaucrats", "客户那边就是一帮官僚，啥事都得等签字。", {"backchannel"}),
    ("backchannel_blame_dumping", "B公司的IT就是一群摆烂的，出了问题永远先甩锅。", {"backchannel"}),
    ("backchannel_no_opinion_of_own", "甲方那个对接人，三句话离不开“领导说”，自己一点主见都没有。", {"backchannel"}),
    ("backchannel_en_nightmare", "Their product owner is a nightmare to work with.", {"backchannel"}),
    ("backchannel_en_cant_tell", "Their so-called architect can't tell a queue from a cache.", {"backchannel"}),
    ("backchannel_en_simile", "Their procurement team is as slow as a wet week.", {"backchannel"}),
    ("backchannel_en_keep_them_quiet", "Just tell the bank whatever keeps them quiet.", {"backchannel"}),
    # ---- more hard negatives ------------------------------------------------------------------
    ("neg_cause_on_our_side", "这次的问题不是您那边的原因，是我们脚本的边界条件没覆盖到。", set()),
    ("neg_instructions_read_notes", "Please read the attached release notes before the upgrade.", set()),
    ("neg_we_dont_store_cards", "We don't store card numbers, so there is no PCI impact.", set()),
    ("neg_not_doing_maintenance", "We're not doing any maintenance this weekend, so the system stays available.", set()),
    ("neg_we_must_accept_reality", "我们必须接受现实：测试资源不足，所以我建议延期一周，您看是否可以？", set()),
    ("neg_in_our_words", "按我们的来说，更关心的是数据安全。", set()),
    ("neg_no_brainer_is_not_no", "Option A is a no-brainer for the pilot, but the final call is yours.", set()),
    ("neg_bug_is_maddening", "这个 bug 让人抓狂，我们团队加班到两点才定位到。", set()),
    ("neg_as_usual_report", "As usual, the monthly report is attached.", set()),
    ("neg_self_mockery", "我是真服了自己，把日期写错了三次。", set()),
    ("neg_unless_you_want", "We won't be moving the deadline unless you want to; the current plan still holds either way.", set()),
    ("neg_technically_impossible_double_charge", "系统不可能同时处理两个相同的请求，所以不会重复扣款。", set()),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules_on_sentences(ruleset, text, expected):
    assert found(ruleset, text, to=(COLLEAGUE,) if "backchannel" in expected else (CLIENT,)) == expected


def test_rules_about_talking_to_the_client_skip_mails_among_colleagues(ruleset):
    text = "这个需求做不了，您必须接受我们的方案。这明明是你们的问题！"
    assert found(ruleset, text, to=(COLLEAGUE,)) == set()
    assert found(ruleset, text, to=(COLLEAGUE,), cc=(CLIENT,)) == {"argue", "refusal", "persuade"}
    assert found(ruleset, text, to=()) == {"argue", "refusal", "persuade"}  # not addressed yet


def test_traditional_and_fullwidth_are_folded(ruleset):
    assert found(ruleset, "報表增加港幣欄位這個需求做不了，請見諒。") == {"refusal"}
    assert fold("我們，ＯＫ！") == "我们,OK!"


def test_backchannel_is_high_when_an_external_address_is_in_cc(ruleset):
    text = "这家甲方真是奇葩，需求一天一变。"
    verdict = analyse(make_draft(text, to=(COLLEAGUE,), cc=(CLIENT,)), ruleset)
    assert [(f.rule, f.severity) for f in verdict.findings] == [("backchannel", "high")]


def test_backchannel_is_medium_when_all_recipients_are_internal(ruleset):
    text = "这家甲方真是奇葩，需求一天一变。"
    verdict = analyse(make_draft(text, to=(COLLEAGUE,), cc=("boss@ourteam.example.com",)), ruleset)
    assert [(f.rule, f.severity) for f in verdict.findings] == [("backchannel", "medium")]


def test_configured_internal_domains_decide_what_is_external(ruleset):
    text = "这家甲方真是奇葩。"
    draft = make_draft(text, to=("a@partner.example.org",))
    assert analyse(draft, ruleset, internal_domains=("ourteam.example.com", "partner.example.org")).findings[0].severity == "medium"
    assert analyse(draft, ruleset, internal_domains=("ourteam.example.com",)).findings[0].severity == "high"


def test_subdomain_of_an_internal_domain_is_internal():
    draft = make_draft("x", to=("a@mail.ourteam.example.com",))
    assert not has_external_recipient(draft, ("ourteam.example.com",))
    assert has_external_recipient(make_draft("x", to=("a@ourteam.example.com.evil.cn",)), ("ourteam.example.com",))


CHATTER = (
    "上周末带孩子去动物园，排了一个小时队才进去，孩子看完熊猫还吵着要买玩偶。"
    "中午在园区里吃了一碗牛肉面，味道一般但是分量很足。"
    "晚上回家路上又下起了雨，我没带伞，淋成了落汤鸡，第二天就感冒了。"
    "最近在追一部悬疑剧，每集结尾都卡在关键处，害得我天天熬夜。"
    "我爱人说我越来越像个孩子，周末还打算去郊外露营，帐篷已经在网上下单了。"
    "楼下新开了一家火锅店，排队的人特别多，听说他们家的毛肚很好吃。"
    "我家的猫最近学会了开柜门，每天早上把零食翻得满地都是。"
    "上个月同学聚会，大家聊起当年在宿舍通宵打游戏的事，笑得停不下来。"
    "前两天去听了一场音乐会，散场时外面刮起大风，打车排了半个小时，到家已经十一点多。"
    "我妈最近迷上了广场舞，每天晚饭后准时出门，比我上班还积极，周末还要去外地参加比赛。"
)
FOCUSED = (
    "本周项目进展如下：积分商城前端开发完成，剩余订单详情页预计周二完成提测。"
    "会员等级规则引擎已提测，发现缺陷十四个，已修复十一个，剩余三个下周一前修复。"
    "支付联调完成微信支付部分，支付宝待贵方开通商户号后进行联调。"
    "风险方面：商户号若三月底前不能开通，将影响支付宝联调和上线时间，请协助跟进审批。"
    "小程序审核周期不确定，我们计划四月八日提交首个审核版本，给后续迭代留出缓冲。"
    "性能测试方面，订单接口在两百并发下平均响应时间零点八秒，满足验收标准。"
    "下周计划：完成积分商城全部页面开发并提测，准备验收测试用例，四月一日发给贵方确认。"
    "数据迁移脚本已在预生产环境跑过三轮，记录数和金额校验均无差异，回滚方案已准备好。"
    "上线当晚的切换步骤共十二步，每一步都有负责人和回退点，割接窗口为周六晚十点到次日凌晨两点。"
    "需要贵方协调的事项：一是核心系统出数接口文档与实际字段有两处不一致，请核心组确认以哪个为准；"
    "二是验收环境的数据库空间告警，请运维同事在周三前扩容，避免影响第三轮验收测试。"
)


def test_ramble_long_off_topic_mail_with_one_buried_request(ruleset):
    text = CHATTER + "\n\n对了，下周的验收测试需要贵方开通五个测试账号。\n\n" + CHATTER[:120]
    assert found(ruleset, text) == {"ramble"}


def test_ramble_not_for_long_focused_mail(ruleset):
    assert len(FOCUSED) > 420
    assert found(ruleset, FOCUSED) == set()


def test_ramble_not_for_short_chatty_mail(ruleset):
    assert found(ruleset, "周末去钓鱼了，天气真好！下周的验收会定在周三下午。") == set()


def test_ramble_evidence_says_how_long_and_how_off_topic(ruleset):
    text = CHATTER + "\n\n对了，请确认周四的上线窗口。\n\n" + CHATTER[:150]
    finding = analyse(make_draft(text), ruleset).findings[0]
    assert finding.rule == "ramble"
    assert finding.evidence.startswith("[") and "off-topic]" in finding.evidence


def test_finding_carries_labels_advice_and_evidence_in_its_sentence(ruleset):
    text = "张经理您好。\n\n关于导出按钮，这个做不了，二期也不会加。\n\n谢谢。"
    verdict = analyse(make_draft(text), ruleset)
    assert verdict.findings == (
        Finding(
            rule="refusal",
            severity="medium",
            label_zh="当场回绝",
            label_en="flat refusal",
            evidence="关于导出按钮，这个做不了，二期也不会加。",
            advice=ruleset.get("refusal").advice,
        ),
    )
    assert " / " in verdict.findings[0].advice


def test_evidence_is_trimmed_to_120_characters(ruleset):
    text = "各位好，" + "这次上线前的准备工作非常多，" * 20 + "但这个需求做不了，" + "后续会继续跟进各项准备工作，" * 20
    evidence = analyse(make_draft(text), ruleset).findings[0].evidence
    assert len(evidence) <= 120
    assert "做不了" in evidence


def test_at_most_one_finding_per_rule_in_rule_order(ruleset):
    text = (
        "这个需求做不了，改不了，也不可能做。\n\n"
        "您必须接受我们的方案，别再坚持了。\n\n"
        "这明明是你们的问题，我早就说过了！！！"
    )
    verdict = analyse(make_draft(text), ruleset)
    assert verdict.rule_ids == ("argue", "refusal", "persuade")


def test_verdict_risky_threshold():
    low = Verdict((Finding("x", "low", "a", "b", "e", "adv"),))
    high = Verdict((Finding("x", "high", "a", "b", "e", "adv"),))
    assert not low.risky() and low.risky("low")
    assert high.risky("high") and high.risky()
    assert not Verdict(()).risky("low")
    with pytest.raises(ValueError):
        low.risky("severe")


def test_empty_text_has_no_findings(ruleset):
    assert analyse(make_draft(""), ruleset).findings == ()


def test_analysis_is_deterministic(ruleset):
    text = "这明明是你们的问题！！！这个需求做不了。您必须接受我们的方案。"
    assert analyse(make_draft(text), ruleset) == analyse(make_draft(text), ruleset)


def test_import_is_light_and_analysis_is_silent():
    """jieba loads only when needed, and its "Building prefix dict" chatter never reaches stderr."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "import mailcoach.analysis as a\n"
        "assert 'jieba' not in sys.modules, 'jieba imported at import time'\n"
        "from mailcoach.draft import Draft\n"
        "from mailcoach.rules import load_ruleset\n"
        "d = Draft('', 'pm@x.example', ('c@y.example',), (), None, '这个需求做不了。', '')\n"
        "print(a.analyse(d, load_ruleset()).rule_ids)\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "('refusal',)"
    assert done.stderr == ""
