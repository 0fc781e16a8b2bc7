"""analysis.analyse: what the built-in rules find in a PM's own words, and what they leave alone.

Every sentence here was written for these tests (none is copied from the shared drafts). Each row
is (text, the rule ids expected at threshold "medium"), named after the edge case it pins down.
"""

from __future__ import annotations

import pytest

from mailcoach import analysis
from mailcoach.analysis import Finding, Verdict, analyse, fold, has_external_recipient, warm_up
from mailcoach.draft import Draft, read_draft
from mailcoach.errors import DraftError
from mailcoach.rules import load_ruleset

PM = "pm@ourteam.example.com"
COLLEAGUE = "dev@ourteam.example.com"
CLIENT = "li.na@client-x.example.cn"


@pytest.fixture(scope="module")
def ruleset():
    # These tables test the phrase engine; the tone model (tests/test_model.py) is switched off
    # so that a row's verdict is what the phrases, patterns and context rules make of it.
    rs = load_ruleset().without_model()
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
    # ---- refusal: the curt answer, lists and closing blocks (fifth and sixth pass) ------------
    ("refusal_v_bu_liao_curt", "王工，这个整不了，吊顶昨儿就封板了。", {"refusal"}),
    ("refusal_v_bu_liao_we", "这个口子我们开不了，也不打算开。", {"refusal"}),
    ("refusal_jiu_bu_v_le", "感谢您的建议！这条我们就不跟进了，项目仍按原计划推进。", {"refusal"}),
    ("refusal_never_will_have", "管理后台不提供批量导出，过去没有，将来也不会有。", {"refusal"}),
    ("refusal_en_list_item_declined", "Quick recap:\n1. Go-live stays 18 January.\n2. Extension of hypercare to 6 weeks: declined.\n3. Next call: we will confirm the agenda by Friday.", {"refusal"}),
    ("refusal_zh_list_item_not_supported", "结论如下：\n1. 增加区域筛选：纳入本周迭代。\n2. 季度同比对比：经确认，不予支持。\n3. 首页刷新改为1分钟，下周二上线，届时给您答复。", {"refusal"}),
    ("refusal_en_decision_final", "The request has been reviewed and is declined. This decision is final.\n\nKind regards,\nDaniel Park\nAccount Director", {"refusal"}),
    ("refusal_en_stays_that_way", "Tiers get recalculated once a year and that's how it's going to stay.", {"refusal"}),
    ("neg_v_bu_liao_negated", "王工，不是整不了，是得先停水。明儿上午九点停俩钟头，您跟物业打个招呼，行不？", set()),
    ("neg_v_bu_liao_cannot_go_wrong", "数据都核对过三遍了，这个错不了。", set()),
    ("neg_a_not_a_question", "需要先确认两件事：\n1. bank partner 是否支持 instant transfer；\n2. finance 能不能接受 pre-funding。", set()),
    ("neg_will_have_no_problem", "升级后以后也不会有兼容问题，您放心。", set()),
    ("neg_list_buffer_in_same_item", "结论如下：\n1. 增加区域筛选：纳入本周迭代。\n2. 季度同比对比：本期不做，已登记变更单 CR-31，下周三给您评估结论。", set()),
    ("neg_machine_rejects", "After the restart the scanners will reject QR codes from last season's passes; that's by design.", set()),
    ("refusal_en_we_will_have_to_decline", "Thanks for the request. We will have to decline it.", {"refusal"}),
    ("neg_end_of_life_fact", "Oracle 11g 的扩展支持已经结束，不再提供安全补丁，建议评估升级到 19c。", set()),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules_on_sentences(ruleset, text, expected):
    assert found(ruleset, text, to=(COLLEAGUE,) if "backchannel" in expected else (CLIENT,)) == expected


# Generalisation set: behaviours in many wordings (paraphrase, slang, sarcasm, rhetorical
# questions, bureaucratic refusals, idioms, traditional Chinese, mixed zh/en), each written for
# this table before the rule families it exercises were added, plus the hard negatives they must
# leave alone (self-directed criticism, a bug that is "not happening any more", "No," answering a
# question, the client's own director, technical 必须/唯一/拒绝). Rows are (name, text, expected
# rule ids, recipient): backchannel is judged in mails to a colleague, the rest in mails to the
# client.
GENERALISATION = [
    ('argue_rhetorical_skipped_basic_check', '贵司的实施团队连基本的环境检查都没做，就来问我们为什么部署失败？', {'argue'}, CLIENT),
    ('argue_blame_not_our_pot', '这个锅我们不背，数据是你们自己导错的。', {'argue'}, CLIENT),
    ('argue_rhetorical_did_you_look', '您是不是根本没看我们上周发的方案？', {'argue'}, CLIENT),
    ('argue_reminded_many_times', '我们已经提醒过不下五次了，贵方一直没有回应。', {'argue'}, CLIENT),
    ('argue_condescension_common_sense', '这点常识贵方的技术负责人应该懂吧？', {'argue'}, CLIENT),
    ('argue_answered_in_three_mails', '同样的问题，我在三封邮件里都回答过了。', {'argue'}, CLIENT),
    ('argue_lecture_align_internally_first', '麻烦你们内部先统一意见，再来找我们提需求。', {'argue'}, CLIENT),
    ('argue_lecture_read_manual_first', '建议贵方先把操作手册从头到尾读一遍，再反馈问题。', {'argue'}, CLIENT),
    ('argue_sarcasm_hehe_our_fault_again', '呵呵，又是我们的问题？', {'argue'}, CLIENT),
    ('argue_exasperated_did_you_test', '你们到底测过没有？？', {'argue'}, CLIENT),
    ('argue_blame_entirely_yours', '责任完全在贵方，请不要再发这种邮件了。', {'argue'}, CLIENT),
    ('argue_blame_your_firewall_beyond_doubt', '问题出在你们那边的防火墙，这一点毋庸置疑。', {'argue'}, CLIENT),
    ('argue_counterfactual_had_you_listened', '当初你们要是听了我们的建议，根本不会出这种事。', {'argue'}, CLIENT),
    ('argue_traditional_blame', '這明顯是貴公司的操作失誤，請勿再歸咎於我方。', {'argue'}, CLIENT),
    ('argue_sarcasm_still_have_the_nerve', '需求一天一变，还好意思说我们延期？', {'argue'}, CLIENT),
    ('argue_we_are_not_your_punching_bag', '我们不是来背锅的，请贵方正视自己的问题。', {'argue'}, CLIENT),
    ('argue_look_it_up_yourself', '请贵方自行查阅合同第五条，我们不再重复。', {'argue'}, CLIENT),
    ('argue_666_sarcasm', '666，上线前一天改需求，真有你们的。', {'argue'}, CLIENT),
    ('argue_en_did_anyone_open', 'Did anyone on your team actually open the attachment?', {'argue'}, CLIENT),
    ('argue_en_pointed_out_several_times', "As I've pointed out several times, the outage was caused by your DNS change.", {'argue'}, CLIENT),
    ('argue_en_read_page_before_ticket', 'Again, this is documented on page 4. Please read it before raising another ticket.', {'argue'}, CLIENT),
    ('argue_en_seriously_sent_twice', 'Seriously? We sent you the credentials twice.', {'argue'}, CLIENT),
    ('argue_en_competent_team', 'This is basic stuff that any competent IT team should know.', {'argue'}, CLIENT),
    ('argue_en_delay_on_your_side', 'The delay is entirely on your side, not ours.', {'argue'}, CLIENT),
    ('argue_en_how_many_ways', "I'm not sure how many more ways I can explain this.", {'argue'}, CLIENT),
    ('argue_en_need_to_explain_again', 'Do I really need to explain the difference between staging and production again?', {'argue'}, CLIENT),
    ('argue_en_your_own_config_error', 'Once again, the root cause is a configuration error on your end.', {'argue'}, CLIENT),
    ('argue_mixed_per_previous_email', '这个问题 per my previous email 已经说明了，请自己 check 一下。', {'argue'}, CLIENT),
    ('argue_en_crystal_clear_yours', "Let me be crystal clear: the data loss was your team's doing.", {'argue'}, CLIENT),
    ('argue_neg_our_oversight_apology', '是我们的疏忽，给贵方造成的困扰深表歉意。', set(), CLIENT),
    ('argue_neg_follow_through_said_this_morning', '我早上说过会在中午前把补丁发过来，现在已经发了。', set(), CLIENT),
    ('argue_neg_per_our_call', 'Per our call this morning, attached is the revised plan.', set(), CLIENT),
    ('argue_neg_fault_is_ours', '根据日志，这次超时发生在我们的负载均衡上，不是贵方的问题。', set(), CLIENT),
    ('argue_neg_polite_request_first_then', '麻烦您先在测试环境验证一下，再安排生产发布，谢谢！', set(), CLIENT),
    ('argue_neg_instruction_read_checklist', "Please read the attached checklist before Monday's cutover.", set(), CLIENT),
    ('argue_neg_gentle_question', 'Did you get a chance to look at the draft? No rush.', set(), CLIENT),
    ('argue_neg_self_rhetorical_cache', '难道是缓存没刷新？我马上查一下。', set(), CLIENT),
    ('argue_neg_praise_your_team', 'Your team did a great job on the UAT; thanks for the quick turnaround!', set(), CLIENT),
    ('argue_neg_confirm_once_more', '我再确认一遍：上线时间是周六晚上十点，对吗？', set(), CLIENT),
    ('argue_neg_as_discussed_ownership', "As discussed, your team will own the DNS cutover and we'll handle the app.", set(), CLIENT),
    ('argue_neg_excited_exclamations', '上线成功！！感谢大家这几周的辛苦！！', set(), CLIENT),
    ('argue_neg_not_your_fault_zh', '这事真不怪你们，是我们的脚本写漏了。', set(), CLIENT),
    ('refusal_formal_not_considered', '关于增加审批节点的要求，我方不予考虑。', {'refusal'}, CLIENT),
    ('refusal_formal_no_consideration', '经研究，贵方提出的调整方案不作考虑，请知悉。', {'refusal'}, CLIENT),
    ('refusal_formal_not_accepted_scope', '该申请不在本项目的支持范围内，不予受理。', {'refusal'}, CLIENT),
    ('refusal_casual_cant_change_ha', '这个改不了哈，系统就是这么设计的。', {'refusal'}, CLIENT),
    ('refusal_slang_no_chance', '加字段？没戏。', {'refusal'}, CLIENT),
    ('refusal_en_not_something_well_be_doing', "Re the extra report: that's not something we'll be doing.", {'refusal'}, CLIENT),
    ('refusal_en_out_of_question', 'Extending the warranty to three years is out of the question.', {'refusal'}, CLIENT),
    ('refusal_en_wont_be_adding', "We won't be adding SSO under this contract.", {'refusal'}, CLIENT),
    ('refusal_en_cant_accommodate', "Sorry, but we can't accommodate weekend deployments.", {'refusal'}, CLIENT),
    ('refusal_en_not_happening_one_liner', 'Custom branding? Not happening.', {'refusal'}, CLIENT),
    ('refusal_dont_wait', '你们说的那个定制报表做不到，别等了。', {'refusal'}, CLIENT),
    ('refusal_idiom_cannot_comply', '贵方的要求，恕难从命。', {'refusal'}, CLIENT),
    ('refusal_all_three_rejected', '本次提出的三项变更，我司均不同意。', {'refusal'}, CLIENT),
    ('refusal_idiom_helpless', '这个真是爱莫能助，帮不了。', {'refusal'}, CLIENT),
    ('refusal_slang_forget_it', '晚上加班上线这事，免谈。', {'refusal'}, CLIENT),
    ('refusal_en_answer_is_no', 'Regarding the discount, the answer is no.', {'refusal'}, CLIENT),
    ('refusal_en_formal_decline', 'We have reviewed your proposal and decline to proceed with it.', {'refusal'}, CLIENT),
    ('refusal_not_within_consideration', '多语言版本不在我们的考虑范围之内。', {'refusal'}, CLIENT),
    ('refusal_traditional_cannot_provide', '貴方要求增加的功能，我們無法提供。', {'refusal'}, CLIENT),
    ('refusal_company_wont_agree', '关于退款的请求，公司不会同意的。', {'refusal'}, CLIENT),
    ('refusal_en_have_to_say_no', "We're going to have to say no to the on-site support request.", {'refusal'}, CLIENT),
    ('refusal_en_thats_a_no_from_us', "Moving the go-live up a week? That's a no from us.", {'refusal'}, CLIENT),
    ('refusal_en_off_the_table_idiom', 'A fixed-price change is off the table at this point.', {'refusal'}, CLIENT),
    ('refusal_not_supported_flat', '这个浏览器我们不支持，也不会去适配。', {'refusal'}, CLIENT),
    ('refusal_neg_alternative_csv', '完整报表这次做不了，不过我们可以先用导出CSV的方式过渡，下个版本再补上。', set(), CLIENT),
    ('refusal_neg_change_request_reply_date', '目前无法满足，我已提交变更申请，周五前给您答复。', set(), CLIENT),
    ('refusal_neg_escalate_director', '这个我做不了主，已经转给我们总监，他明天联系您。', set(), CLIENT),
    ('refusal_neg_bug_no_longer_happening', "Good news: the duplicate orders are not happening any more since Tuesday's patch.", set(), CLIENT),
    ('refusal_neg_system_rejects_duplicates', '系统会拒绝重复提交，所以不会产生两笔订单。', set(), CLIENT),
    ('refusal_neg_not_that_we_cant', '不是不能做，而是需要多两周时间，您看可以吗？', set(), CLIENT),
    ('refusal_neg_date_alternatives', "We can't do 1 June, but 15 June works, or a reduced scope on 1 June - your call.", set(), CLIENT),
    ('refusal_neg_access_denied_token', '访问被拒绝是因为 token 过期，刷新一下即可。', set(), CLIENT),
    ('refusal_neg_no_need_to_resend', "No, you don't need to resend the file - we got it.", set(), CLIENT),
    ('refusal_neg_no_worries', "No worries, we'll take care of it today.", set(), CLIENT),
    ('refusal_neg_if_not_ok_switch', '麻烦您确认一下，如果不行的话我们再换方案。', set(), CLIENT),
    ('refusal_neg_unacceptable_behaviour_is_argue', '上线前一声不吭就改了接口，这种做法我们无法接受！', {'argue'}, CLIENT),
    ('refusal_neg_price_no_extra_charge', '这次修复不另外收费，也不会影响原定排期。', set(), CLIENT),
    ('persuade_no_other_road', '说实话，除了我们的方案，您没有别的路可走。', {'persuade'}, CLIENT),
    ('persuade_dont_consider_follow_ours', '这个方向您就别再考虑了，按我们推荐的来。', {'persuade'}, CLIENT),
    ('persuade_only_wise_choice', '相信我们，换成云服务是唯一明智的选择。', {'persuade'}, CLIENT),
    ('persuade_give_up_unrealistic', '自建机房根本不现实，您还是早点放弃吧。', {'persuade'}, CLIENT),
    ('persuade_nothing_to_discuss_use_template', '这事没什么好讨论的，直接用我们的模板。', {'persuade'}, CLIENT),
    ('persuade_only_if_our_architecture', '只有按我们的架构走，才能按时上线。', {'persuade'}, CLIENT),
    ('persuade_leave_it_to_us', '您就放心交给我们，别再纠结数据库选型了。', {'persuade'}, CLIENT),
    ('persuade_listen_others_waste', '听我们的没错，其他方案都是浪费钱。', {'persuade'}, CLIENT),
    ('persuade_en_only_way_forward', 'Trust us on this one - the standard package is the only way forward.', {'persuade'}, CLIENT),
    ('persuade_en_no_debate', "Honestly, there's really no debate here: you need to go with option B.", {'persuade'}, CLIENT),
    ('persuade_en_take_it_from_me', "Take it from me, you don't want to build this in-house. Just sign off on our plan.", {'persuade'}, CLIENT),
    ('persuade_en_stop_pushing_custom', "Please stop pushing for the custom module; it won't fly.", {'persuade'}, CLIENT),
    ('persuade_en_have_to_trust_us', "You'll have to trust us on this and move ahead with the migration as planned.", {'persuade'}, CLIENT),
    ('persuade_en_urge_drop', "I'd strongly urge you to drop the idea of a phased rollout.", {'persuade'}, CLIENT),
    ('persuade_accept_early_good_for_all', '你们那个想法真的不现实，早点接受我们的方案对大家都好。', {'persuade'}, CLIENT),
    ('persuade_traditional_only_feasible', '這個方案是唯一可行的，請貴方盡快同意。', {'persuade'}, CLIENT),
    ('persuade_sooner_or_later_replace', '别再守着那个老系统了，迟早都得换。', {'persuade'}, CLIENT),
    ('persuade_en_everyone_else_moved', "There's no point holding out for the on-prem version - every other client has already moved.", {'persuade'}, CLIENT),
    ('persuade_experience_pick_a', '我们做了这么多项目，听我的，选A。', {'persuade'}, CLIENT),
    ('persuade_en_sensible_one_proceed', "Let's not waste more time debating it; ours is the sensible proposal and we should just proceed.", {'persuade'}, CLIENT),
    ('persuade_neg_lean_a_you_decide', '我们倾向于方案A，理由见附件；当然最后由您来定。', set(), CLIENT),
    ('persuade_neg_deadline_fact', '材料必须在周五前提交，否则赶不上审批窗口。', set(), CLIENT),
    ('persuade_neg_only_risk', '唯一的风险是数据迁移时间，我们已经预留了缓冲。', set(), CLIENT),
    ('persuade_neg_must_log_in', 'You must log in with your new password after the reset.', set(), CLIENT),
    ('persuade_neg_reassure_trust_me', "Trust me, we all want this go-live to succeed - we'll have two people on site.", set(), CLIENT),
    ('persuade_neg_only_admins_see', '只有管理员账号才能看到这个菜单。', set(), CLIENT),
    ('persuade_neg_recommend_both_viable', 'We recommend the cloud option, but both are viable; happy to walk you through the trade-offs.', set(), CLIENT),
    ('persuade_neg_we_must_admit', '我们必须承认，这次排期是我们估计不足。', set(), CLIENT),
    ('persuade_neg_you_have_to_admit_praise', 'You have to admit, the new dashboard looks great!', set(), CLIENT),
    ('persuade_neg_field_must_be_unique', '这个字段必须唯一，否则导入会失败。', set(), CLIENT),
    ('bc_hard_to_please', '周总那边又要改需求了，真是难伺候。', {'backchannel'}, COLLEAGUE),
    ('bc_dawdling_contact', '甲方这个对接人太磨叽了，一个字段确认了三天。', {'backchannel'}, COLLEAGUE),
    ('bc_cant_think_straight', '老王那个人就是拎不清，自己要什么都说不明白。', {'backchannel'}, COLLEAGUE),
    ('bc_amateurs_teach_us', '客户那边的IT就是一帮外行，还天天教我们做事。', {'backchannel'}, COLLEAGUE),
    ('bc_glass_heart', '他们家领导玻璃心，说两句就不高兴。', {'backchannel'}, COLLEAGUE),
    ('bc_stingy_bank', '这家银行抠门得要死，连测试服务器都不肯买。', {'backchannel'}, COLLEAGUE),
    ('bc_drama_manager', '那个李经理真是戏多，开个会能演半小时。', {'backchannel'}, COLLEAGUE),
    ('bc_mushy_brain', '王总脑子里都是浆糊，昨天说的今天就忘。', {'backchannel'}, COLLEAGUE),
    ('bc_traditional_unreliable', '對方那個窗口真的很不靠譜，交代的事情沒一件做完。', {'backchannel'}, COLLEAGUE),
    ('bc_en_no_idea_what_they_want', 'The client has no idea what they want, as usual.', {'backchannel'}, COLLEAGUE),
    ('bc_en_drives_me_nuts', 'Their PM drives me nuts - every call is an hour of nothing.', {'backchannel'}, COLLEAGUE),
    ('bc_en_babysit', "Honestly, the bank's team are hopeless. We'll have to babysit them through UAT.", {'backchannel'}, COLLEAGUE),
    ('bc_en_absolute_nightmare', "Dealing with Acme's procurement is an absolute nightmare.", {'backchannel'}, COLLEAGUE),
    ('bc_en_nickname_strikes_again', 'Mr. Sign-Off-Tomorrow strikes again - still no approval, eye-roll.', {'backchannel'}, COLLEAGUE),
    ('bc_en_out_of_depth', 'Between you and me, their architect is out of his depth.', {'backchannel'}, COLLEAGUE),
    ('bc_nickname_always_in_meetings', '那位“永远在开会”先生今天又放我们鸽子了。', {'backchannel'}, COLLEAGUE),
    ('bc_client_daddy_acting_up', '甲方爸爸又作了，凌晨两点发需求。', {'backchannel'}, COLLEAGUE),
    ('bc_knows_nothing_gut_decisions', '他们那个产品经理啥也不懂，就会拍脑袋。', {'backchannel'}, COLLEAGUE),
    ('bc_worrying_ability', '客户的测试同学能力堪忧，提的bug一半是操作问题。', {'backchannel'}, COLLEAGUE),
    ('bc_bottomless_pit', '这个客户就是个无底洞，怎么做都不满意。', {'backchannel'}, COLLEAGUE),
    ('bc_never_keep_word_tiring', 'B行的人说话永远不算数，跟他们合作真心累。', {'backchannel'}, COLLEAGUE),
    ('bc_en_cc_client_clueless', "Their finance lead is clueless about the new tax rules, don't waste time on her.", {'backchannel'}, CLIENT),
    ('bc_mixed_low_eq', '那个 Kevin 真的 EQ 太低了，每次 call 都在怼人。', {'backchannel'}, COLLEAGUE),
    ('bc_neg_self_brain_short_circuit', '这次是我的失误，脑子短路了，把环境搞混了。', set(), COLLEAGUE),
    ('bc_neg_self_forgot_attachment', '我真是服了自己，又忘了附件。', set(), COLLEAGUE),
    ('bc_neg_sorry_for_trouble', '给你们添麻烦了，我这边马上改。', set(), CLIENT),
    ('bc_neg_client_concern_constructive', '客户担心上线后性能不够，我们周三一起看一下压测结果吧。', set(), COLLEAGUE),
    ('bc_neg_client_opinion_fair', '王总提的意见很中肯，我们按他的思路改一下方案。', set(), COLLEAGUE),
    ('bc_neg_park_grannies', '公园里的大爷大妈每天早上打太极，挺热闹的。', set(), COLLEAGUE),
    ('bc_neg_en_self_idiot', 'I was an idiot and forgot to attach the file - here it is.', set(), CLIENT),
    ('bc_neg_en_nightmare_bug', 'What a nightmare of a bug, it took us all night.', set(), COLLEAGUE),
    ('bc_neg_en_client_worried', "The client is worried about the timeline; let's prepare a clear plan for Thursday.", set(), COLLEAGUE),
    ('bc_neg_many_procedures_prepare', '李经理那边流程比较多，我们提前两天把材料准备好。', set(), COLLEAGUE),
    ('bc_neg_annual_party', '他们公司的年会很热闹，领导还表演了节目。', set(), COLLEAGUE),
    ('bc_neg_en_qa_lead_sharp', 'Their QA lead is sharp - she caught three bugs we missed.', set(), COLLEAGUE),
    ('bc_neg_sorry_for_mess', '抱歉给大家添乱了，我这边的配置写错了。', set(), COLLEAGUE),
    ('bc_neg_my_brain_water', '我脑子进水了，把周三写成周四。', set(), COLLEAGUE),
    ('bc_neg_my_pot', '这个是我的锅，我来补文档。', set(), COLLEAGUE),
    ('neg_plain_release_notice', '周五上线，请各位准时参加切换演练。', set(), CLIENT),
    ('neg_plain_fix_live', 'Thanks for your patience, the fix is now live.', set(), CLIENT),
    ('neg_plain_weekly_report', '附件是本周周报，请查收；如有问题随时联系我。', set(), CLIENT),
    ('neg_plain_audit_deadline', 'The report must be submitted by Friday for the audit.', set(), CLIENT),
    ('argue_you_deleted_it_then_ask_us', '你们自己把库删了，现在来问我们数据去哪了？', {'argue'}, CLIENT),
    ('argue_nth_time_explaining', '我真的不想再第N次解释这个字段的含义了。', {'argue'}, CLIENT),
    ('argue_minutes_clear_didnt_you_read', '上周的会议纪要里写得清清楚楚，贵方没看吗？', {'argue'}, CLIENT),
    ('argue_just_search_it', '拜托，这种问题百度一下就有答案。', {'argue'}, CLIENT),
    ('argue_your_spec_full_of_errors', '贵司的需求文档错漏百出，导致我们返工三次。', {'argue'}, CLIENT),
    ('argue_traditional_warned_you_long_ago', '我們早就提醒過貴方要備份，現在出事了才來找我們。', {'argue'}, CLIENT),
    ('argue_en_if_you_had_read_contract', 'As you would know if you had read the contract, support hours are 9 to 6.', {'argue'}, CLIENT),
    ('argue_en_your_problem_not_ours', 'With respect, this is your problem to solve, not ours.', {'argue'}, CLIENT),
    ('argue_en_surely_your_team_knows', 'Surely your team knows how to clear a browser cache?', {'argue'}, CLIENT),
    ('argue_en_say_it_one_more_time', "I'll say it one more time: we do not have access to your servers.", {'argue'}, CLIENT),
    ('refusal_we_wont_take_it_on', '这个需求我们这边是不会接的。', {'refusal'}, CLIENT),
    ('refusal_formal_not_approved_by_company', '经公司研究决定，贵方的延期申请不予批准。', {'refusal'}, CLIENT),
    ('refusal_really_no_find_another_way', '增加短信通知？这个真不行，您另想办法吧。', {'refusal'}, CLIENT),
    ('refusal_formal_not_scheduled_noted', '本期不作安排，请知悉。', {'refusal'}, CLIENT),
    ('refusal_traditional_wont_build', '我們不會做這個功能。', {'refusal'}, CLIENT),
    ('refusal_en_no_can_do', 'No can do on the Saturday release, sorry.', {'refusal'}, CLIENT),
    ('refusal_en_unable_to_support', 'We are unable to support that browser.', {'refusal'}, CLIENT),
    ('refusal_en_turn_down_request', "I'm afraid we have to turn down your request for a free pilot.", {'refusal'}, CLIENT),
    ('refusal_en_not_on_the_cards', "That's not on the cards, I'm afraid.", {'refusal'}, CLIENT),
    ('refusal_never_provide_source', '关于源码交付，我司一贯不提供。', {'refusal'}, CLIENT),
    ('persuade_dont_worry_follow_our_pace', '这事您就别操心了，按我们的节奏来。', {'persuade'}, CLIENT),
    ('persuade_threat_dont_blame_us', '您要是不用我们的方案，出了事可别怪我们没提醒。', {'persuade'}, CLIENT),
    ('persuade_final_answer_no_need_to_compare', '我们的建议就是最终答案，没必要再对比其他家了。', {'persuade'}, CLIENT),
    ('persuade_trust_me_go_with_ours', '相信我，选Oracle是你们最不该做的决定，直接上我们的方案。', {'persuade'}, CLIENT),
    ('persuade_en_stop_second_guessing', "Look, we've done this fifty times. Go with our setup and stop second-guessing.", {'persuade'}, CLIENT),
    ('persuade_en_only_one_right_answer_ours', "Frankly there is only one right answer here and it's ours.", {'persuade'}, CLIENT),
    ('persuade_en_dont_fight_us_approve', "You really don't want to fight us on the architecture - just approve it.", {'persuade'}, CLIENT),
    ('persuade_you_will_lose_out', '您再坚持自建，最后吃亏的还是你们自己。', {'persuade'}, CLIENT),
    ('bc_contrarian_engineer', '甲方的张工就是个杠精，什么都要抬杠。', {'backchannel'}, COLLEAGUE),
    ('bc_tight_fisted_purchasing', '客户那边的采购真是一毛不拔。', {'backchannel'}, COLLEAGUE),
    ('bc_en_couldnt_find_with_a_map', "Their IT guy couldn't find the power button with a map.", {'backchannel'}, COLLEAGUE),
    ('bc_en_control_freak', "Honestly the client's PM is a total control freak and a bit of a bully.", {'backchannel'}, COLLEAGUE),
    ('bc_boss_loudspeaker', '他们老板就是个大喇叭，啥都往外说。', {'backchannel'}, COLLEAGUE),
    ('bc_knows_nothing_arrogant', '对方那个小姑娘一问三不知，还特别傲。', {'backchannel'}, COLLEAGUE),
    ('bc_en_useless_as_per', "Bank C's team are useless, as per.", {'backchannel'}, COLLEAGUE),
    ('neg_our_oversight_fix_tonight', '这个问题是我们的疏忽，今晚修复，明早给您报告。', set(), CLIENT),
    ('neg_ask_manager_reply_tomorrow', '不好意思，这个我得跟领导请示一下，明天答复您。', set(), CLIENT),
    ('neg_recommend_b_you_decide', '我们推荐方案B，不过方案A也可行，您来定。', set(), CLIENT),
    ('neg_client_question_we_visit', '客户对报表的口径有疑问，我们周四上门讲解一下。', set(), COLLEAGUE),
    ('neg_en_self_idiot_sorry', "I'm the idiot who forgot to attach the file, sorry!", set(), CLIENT),
    ('neg_en_no_answers_question', 'No, the outage did not affect your data.', set(), CLIENT),
    ('neg_get_rejected_technical', '这个接口只接受 POST 请求，GET 会被拒绝。', set(), CLIENT),
    ('neg_en_really_appreciate', 'Really appreciate your patience this week.', set(), CLIENT),
    ('neg_only_thing_we_need_vpn', '唯一需要贵方配合的是开通VPN账号。', set(), CLIENT),
    ('neg_boss_busy_keep_it_short', '王总很忙，我们尽量把材料准备得简洁一点。', set(), COLLEAGUE),
    ('neg_en_seriously_impressive', 'Seriously impressive work from your QA team!', set(), CLIENT),
    ('neg_said_last_time_follow_through', '上次说过的备份方案已经落地，附件是验证报告。', set(), CLIENT),
]


@pytest.mark.parametrize(
    "text, expected, to", [c[1:] for c in GENERALISATION], ids=[c[0] for c in GENERALISATION]
)
def test_rules_generalise_over_wordings(ruleset, text, expected, to):
    assert found(ruleset, text, to=(to,)) == expected


def test_a_softener_that_belongs_to_the_client_is_no_buffer(ruleset):
    """Escalating to *our* director softens a no; the client's own director does not."""
    ours = "We won't be adding on-site support; I've asked our director to call you about options."
    theirs = "We won't be adding on-site support, whatever your IT director says."
    assert found(ruleset, ours) == set()
    assert found(ruleset, theirs) == {"refusal"}


def test_self_directed_words_are_not_backchannel_but_the_same_words_about_the_client_are(ruleset):
    assert found(ruleset, "这次是我的锅，真是脑子进水了。", to=(COLLEAGUE,)) == set()
    assert found(ruleset, "客户那个对接人真是脑子进水了。", to=(COLLEAGUE,)) == {"backchannel"}


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


# Second pass: wordings the blind set showed we missed (rhetorical cost questions, lecturing,
# bureaucratic one-line refusals and refusals in meeting minutes, nicknames and implied contempt
# for client staff) and the false positives it showed (a mail *to* the client about its 相关同事,
# negated disparagement, praise of a shop 他们家). Rows are (name, audience, text, expected):
# audience "c" = to the client, "i" = to a colleague, "a" = to a colleague with the client in Cc.
# Batch A was written before the rules were changed for it; batch B after, and measured before
# any change for it. Like the accuracy benchmark this is scored as a whole: a rule engine of
# phrases and patterns misses some wordings, and the rows it misses are listed on failure.
SECOND_PASS_A = [
    ('ar_cost_meeting_hours', 'c', '上周三的会开了两个小时，最后发现你们连需求编号都没对上，这两个小时算谁的？', {'argue'}),
    ('ar_cost_overtime_who_bears', 'c', '贵方每改一次口径，我们就要返工一轮，这些加班费请问由谁来承担？', {'argue'}),
    ('ar_lecture_colleagues_first', 'c', '建议相关同事先把接口和报表的区别弄清楚，不然再开会也是鸡同鸭讲。', {'argue'}),
    ('ar_lecture_basic_concepts', 'c', '这些都是最基本的概念，希望您那边的同事开会前自己先过一遍。', {'argue'}),
    ('ar_count_screenshot', 'c', '同样的截图我已经是第四次发给你们了。', {'argue'}),
    ('ar_open_attachment_first', 'c', '麻烦各位先把附件打开看看，再回复没收到。', {'argue'}),
    ('ar_faq_first_line', 'c', '您提的问题 FAQ 第一条就写着，麻烦看完再问。', {'argue'}),
    ('ar_en_who_pays_days', 'c', 'Who exactly is going to pay for the two days we lost because your team skipped the dry run?', {'argue'}),
    ('ar_en_basics_straight', 'c', "I'd suggest your engineers get the basics of OAuth straight before the next call; otherwise we are just wasting everyone's afternoon.", {'argue'}),
    ('ar_en_fourth_time_screenshot', 'c', "This is the fourth time I'm sending this screenshot.", {'argue'}),
    ('ar_en_nobody_looked', 'c', 'Honestly, did nobody on your side look at the attachment?', {'argue'}),
    ('ar_wasted_mandays_who', 'c', '贵司的验收标准一天一变，我们实在无所适从，浪费的人天谁来认？', {'argue'}),
    ('ar_counterfactual_overnight', 'c', '要不是贵方临时改需求，我们根本不用通宵。', {'argue'}),
    ('ar_low_level_in_report', 'c', '坦白讲，这种低级问题不应该出现在贵方的测试报告里。', {'argue'}),
    ('ar_should_know_process', 'c', '作为甲方，这点基本的流程你们应该清楚吧。', {'argue'}),
    ('ar_minutes_lecture', 'c', '会议纪要：\n1. 接口联调延期至 6 月 3 日。\n2. 客户方需先自行理解数据字典，否则后续会议没有意义。', {'argue'}),
    ('ar_wont_pay_for_your_mistakes', 'c', '我们不想再为贵方的失误买单。', {'argue'}),
    ('ar_en_admin_pushed', 'c', "Let's be clear: the outage was triggered by a change your admin pushed without telling anyone.", {'argue'}),
    ('ar_en_same_question', 'c', "You keep asking the same question; the answer hasn't changed.", {'argue'}),
    ('ar_own_rules_blame_us', 'c', '规范是你们自己定的，自己不遵守，回头还怪我们？', {'argue'}),
    ('ar_read_contract_first', 'c', '请先认真阅读合同第七条，再决定要不要继续追究。', {'argue'}),
    ('ar_en_day_one_concepts', 'c', 'These are day-one concepts; please make sure whoever joins next time has actually read the onboarding pack.', {'argue'}),
    ('ar_who_takes_responsibility', 'c', '上线推迟一周的损失，谁来负责？', {'argue'}),
    ('ar_you_didnt_read', 'c', '说明文档发了三个月，看来贵方是一页都没翻。', {'argue'}),
    ('ar_neg_we_bear_cost', 'c', '这次延误的人天由我们承担，不会算到贵方头上。', set()),
    ('ar_neg_save_time_list', 'c', '为了不浪费大家时间，我把要确认的三点列在下面。', set()),
    ('ar_neg_align_internally', 'c', '我们内部先把概念对齐，再约贵方评审。', set()),
    ('ar_neg_en_who_pays_agenda', 'c', "Who will pay for the extra licences is for the steering committee to decide; I've put it on Thursday's agenda.", set()),
    ('ar_neg_basic_flow_attached', 'c', '基本流程我整理成了一页纸，附后供参考。', set()),
    ('ar_neg_third_patch_thanks', 'c', '这是我们第三次发布补丁，感谢贵方耐心配合测试。', set()),
    ('ar_neg_en_on_me', 'c', "If I wasn't clear last time, that's on me; here's a shorter version.", set()),
    ('ar_neg_background_for_colleagues', 'c', '我再补充一点背景，方便相关同事理解。', set()),
    ('ar_neg_plain_minutes', 'c', '会议纪要：\n1. 双方确认数据字典 v3。\n2. 下周二前我方提交接口文档。', set()),
    ('ar_neg_cost_by_contract', 'c', '费用由哪一方承担，合同第 9 条有约定，我们按约定来，也欢迎您提出看法。', set()),
    ('ar_neg_who_attends', 'c', '下周评审会请问由谁来参加？我们好准备会议室。', set()),
    ('rf_no_arrangement_cifu', 'c', '关于延长试用期的申请，不作安排。此复。', {'refusal'}),
    ('rf_not_supported_tecifu', 'c', '经内部讨论，贵方提出的报表导出需求暂不支持。特此回复。', {'refusal'}),
    ('rf_not_this_phase_zhixi', 'c', '该需求本期不做，请知悉。', {'refusal'}),
    ('rf_minutes_not_adopted', 'c', '会议纪要：\n1. 测试环境下周一交付。\n2. 客户提出的多语言需求，我方不予采纳。', {'refusal'}),
    ('rf_no_more_verbal_changes', 'c', '我们不再接受任何口头变更。', {'refusal'}),
    ('rf_no_free_onsite', 'c', '免费驻场这块，我们这边就不提供了。', {'refusal'}),
    ('rf_weekend_release', 'c', '周末上线的请求，不安排。', {'refusal'}),
    ('rf_en_onsite_not_possible', 'c', 'Re your request for on-site support: not possible this quarter.', {'refusal'}),
    ('rf_en_no_refunds', 'c', "We don't offer refunds on annual plans.", {'refusal'}),
    ('rf_en_not_providing_env', 'c', "The extra environment isn't something we'll be providing.", {'refusal'}),
    ('rf_en_well_pass', 'c', "Thanks for the proposal. We'll pass.", {'refusal'}),
    ('rf_en_no_further_changes', 'c', 'No further changes will be accepted.', {'refusal'}),
    ('rf_received_disagree', 'c', '申请收悉。不同意。', {'refusal'}),
    ('rf_no_such_plan', 'c', '您说的 Excel 导入，没这个计划。', {'refusal'}),
    ('rf_wont_do_understand', 'c', '这个改动我们不会做的，请理解。', {'refusal'}),
    ('rf_keep_field_names', 'c', '接口字段的命名维持现状，不改。', {'refusal'}),
    ('rf_no_more_discount', 'c', '价格已是底价，不再让步。', {'refusal'}),
    ('rf_no_more_requirements', 'c', '三期之前不会再加任何需求。', {'refusal'}),
    ('rf_en_out_of_scope_not_addressed', 'c', 'All items in your list are out of scope and will not be addressed.', {'refusal'}),
    ('rf_temporarily_not_open', 'c', '您申请的生产库只读账号，暂不开放。', {'refusal'}),
    ('rf_en_request_not_approved', 'c', 'Your request for a second UAT round has not been approved.', {'refusal'}),
    ('rf_neg_buffered_pool', 'c', '经内部讨论，报表导出需求本期暂不支持，已列入三期需求池，下周给您排期。', set()),
    ('rf_neg_old_vpn', 'c', '我们不再使用旧的 VPN 地址，新地址见附件。', set()),
    ('rf_neg_no_auto_delete', 'c', '系统不会自动删除历史数据，请放心。', set()),
    ('rf_neg_wont_recur', 'c', '这个问题不会再出现了，我们加了监控。', set()),
    ('rf_neg_en_no_charge', 'c', "We won't charge for the extra day.", set()),
    ('rf_neg_en_no_changes_needed', 'c', 'No changes are needed on your side.', set()),
    ('rf_neg_no_extra_material', 'c', '暂不需要您提供额外材料。', set()),
    ('rf_neg_ie_with_compat', 'c', '这个版本暂不支持 IE，但我们做了一个兼容模式，开关在设置页。', set()),
    ('rf_neg_en_confirm_wednesday', 'c', "I can't promise Friday yet; I'll confirm by Wednesday noon once the load test is done.", set()),
    ('rf_neg_notice_closing', 'c', '测试环境已恢复，请知悉。', set()),
    ('ps_dead_ends', 'c', '坦白说，除了我们的方案，其他路都是死胡同。', {'persuade'}),
    ('ps_you_will_come_back', 'c', '您再怎么比较，最后还是会回到我们的方案上来。', {'persuade'}),
    ('ps_no_second_vendor', 'c', '市场上没有第二家能做到，您不用再看了。', {'persuade'}),
    ('ps_fifty_banks_listen', 'c', '我们做过五十多家银行，听我们的不会错。', {'persuade'}),
    ('ps_en_overcomplicating', 'c', "You're overcomplicating this; our template is what everyone uses.", {'persuade'}),
    ('ps_en_one_answer_ours', 'c', "Frankly, there is only one answer here and it's ours.", {'persuade'}),
    ('ps_en_sign_today_regret', 'c', "Sign today and we can still hold the price; wait and you'll regret it.", {'persuade'}),
    ('ps_dont_hesitate_sign', 'c', '这个方案您就别犹豫了，签了吧。', {'persuade'}),
    ('ps_dont_say_not_warned', 'c', '您坚持自建的话，后面出了问题可别说我们没提醒。', {'persuade'}),
    ('ps_en_let_us_decide', 'c', 'I really think you should just let us decide on the architecture.', {'persuade'}),
    ('ps_leave_it_to_us', 'c', '相信专业，交给我们来定就好。', {'persuade'}),
    ('ps_en_delay_costs_you', 'c', "Every week you spend deliberating costs you far more than it costs us, so let's lock in our design now.", {'persuade'}),
    ('ps_longer_costlier_sign_today', 'c', '这事越拖越被动，今天就把合同签了吧。', {'persuade'}),
    ('ps_neg_pros_cons_you_decide', 'c', '两个方案各有利弊，我们倾向方案 A，最终由您决定。', set()),
    ('ps_neg_recommend_b_a_ok', 'c', '我们推荐方案 B，原因如下；如果您更看重成本，方案 A 也完全可行。', set()),
    ('ps_neg_en_who_pays_options', 'c', 'Who pays for the extra storage is a fair question; here are the three options and their costs.', set()),
    ('ps_neg_not_necessarily_best', 'c', '我们的方案不一定最好，欢迎贵方提出修改意见。', set()),
    ('ps_neg_en_only_sow', 'c', 'The only thing we still need from you is the signed SOW.', set()),
    ('ps_neg_try_two_weeks', 'c', '建议您先试用两周再决定。', set()),
    ('ps_neg_en_choice_yours', 'c', 'Happy to walk through both options on a call; the choice is yours.', set()),
    ('ps_neg_rhetorical_cost_is_argue', 'c', '返工了这么多轮，这些成本最后算谁的？', {'argue'}),
    ('bc_nickname_monday', 'i', '小周，「周一见」那位又来邮件了，每周一准时发难。', {'backchannel'}),
    ('bc_scare_quote_cto', 'i', '客户那边的“技术总监”连 JSON 都没见过，下午的会你去应付一下吧。', {'backchannel'}),
    ('bc_old_zheng_head', 'i', '别跟老郑较真了，他那脑袋转不过来。', {'backchannel'}),
    ('bc_liu_presence', 'i', '刘工又开始刷存在感了，每封邮件都要抄送他们全部门。', {'backchannel'}),
    ('bc_their_it_scratch', 'i', '他们 IT 那几个，懂点皮毛就开始指导我们。', {'backchannel'}),
    ('bc_zhang_no_brain_talk', 'i', '张总这人，属于说话不过脑子的。', {'backchannel'}),
    ('bc_stingy_procurement', 'i', '对方采购真抠，一分钱都要掰成两半花。', {'backchannel'}),
    ('bc_toothpaste', 'i', '这个甲方的需求像挤牙膏，挤一点出一点，烦透了。', {'backchannel'}),
    ('bc_sister_wang_nitpick', 'i', '周一的会别叫王姐了，她一来就只会挑毛病。', {'backchannel'}),
    ('bc_clean_up_after', 'i', '客户这次又是拍完脑袋再来找我们擦屁股。', {'backchannel'}),
    ('bc_en_drama_queen', 'i', "Their PM is such a drama queen; every typo becomes a 'critical incident'.", {'backchannel'}),
    ('bc_en_chief_spreadsheet', 'i', "Don't cc Greg, their 'Chief Spreadsheet Officer', he'll just reply-all with more questions.", {'backchannel'}),
    ('bc_en_look_busy', 'i', 'Their CTO schedules these syncs just to look busy.', {'backchannel'}),
    ('bc_en_lisa_useless', 'i', "Between you and me, Lisa from procurement is the most useless person I've dealt with this year.", {'backchannel'}),
    ('bc_en_whiny_qa', 'i', "The client's QA lead is whiny as hell about cosmetic stuff.", {'backchannel'}),
    ('bc_en_martin_reads', 'i', "I swear Martin doesn't read anything longer than two lines.", {'backchannel'}),
    ('bc_en_amateurs', 'i', "Client-side ops are a bunch of amateurs, we'll have to hold their hands through the cutover.", {'backchannel'}),
    ('bc_scare_quote_architect', 'i', '客户那位“架构师”的方案，看完我沉默了。', {'backchannel'}),
    ('bc_no_brain_meetings', 'i', '这家银行的人，开会从来不带脑子。', {'backchannel'}),
    ('bc_glass_heart_chen', 'i', '陈科长那个玻璃心，一句话说重了就去找领导告状。', {'backchannel'}),
    ('bc_xiaoli_ask_three_times', 'i', '甲方小李属于那种什么都要问三遍还记不住的。', {'backchannel'}),
    ('bc_golden_daddy_pigeon', 'i', '又被‘金主爸爸’放鸽子了，会议取消，第三次了。', {'backchannel'}),
    ('bc_reply_all_pretend', 'a', '王经理的需求一天一个样，我们就当没看见吧。', {'backchannel'}),
    ('bc_ancestor_logo', 'i', '这位祖宗又要改 logo 颜色了。', {'backchannel'}),
    ('bc_finance_hardship', 'i', '他们财务就是个困难户，付款永远拖到最后一天。', {'backchannel'}),
    ('bc_en_reply_all_clueless', 'a', "FYI their architect is completely clueless about caching, don't expect much from tomorrow.", {'backchannel'}),
    ('bc_neg_to_client_colleagues', 'c', '请贵方转告相关同事，测试环境周五下线。', set()),
    ('bc_neg_to_client_argue', 'c', '相关同事如果还是不看文档，我们的沟通只会继续鸡同鸭讲。', {'argue'}),
    ('bc_neg_self_criticism', 'i', '这不是客户挑刺，是我们自己的校验没做好，下周补上。', set()),
    ('bc_neg_fair_feedback', 'i', '客户反馈的几个问题都挺在理的，不算挑刺，我们排个优先级。', set()),
    ('bc_neg_noodle_shop', 'i', '楼下那家面馆，他们家的牛肉面简直绝了，周五一起去？', set()),
    ('bc_neg_bbq_shop', 'i', '他们家的烧烤好吃得离谱，下次团建就去那儿。', set()),
    ('bc_neg_anxious_boss', 'i', '王总对进度比较焦虑，明天我们当面汇报，把风险讲清楚。', set()),
    ('bc_neg_engineer_professional', 'i', '李工提的建议很专业，我们照着改。', set()),
    ('bc_neg_reliable_testers', 'i', '客户那边的测试同学很靠谱，两天就把回归跑完了。', set()),
    ('bc_neg_dont_blame_client', 'i', '别怪客户，需求文档是我们自己写得不清楚。', set()),
    ('bc_neg_en_sharp_pm', 'i', 'Their PM is really sharp; she spotted the rounding bug before our QA did.', set()),
    ('bc_neg_en_not_difficult', 'i', "The client isn't being difficult here; our estimate was just wrong.", set()),
    ('bc_neg_en_title_in_header', 'i', "Greg asked for the 'Chief Data Officer' title to be in the report header.", set()),
    ('bc_neg_quoted_slow', 'i', '客户说我们“太磨叽”，确实该提速了。', set()),
    ('bc_neg_colleague_fishing', 'i', '隔壁组的老王钓鱼技术简直绝了。', set()),
    ('bc_neg_printer', 'i', '会议室那台打印机真难伺候，今天卡纸三次了。', set()),
    ('bc_neg_client_praise_reply_all', 'a', '感谢王经理这周的协调，测试数据一天就到位了。', set()),
    ('neg_release_notice', 'c', 'V2.3 已于今晚 22:00 发布，变更清单见附件，如有问题请随时联系。', set()),
    ('neg_en_schedule', 'c', 'We moved the demo to Thursday 3pm; the agenda is attached.', set()),
    ('neg_internal_risk', 'i', '支付模块的联调风险比较大，我建议周三加一次内部评审。', set()),
    ('neg_en_internal_estimate', 'i', 'Can you re-estimate the export feature? The client wants a date by Friday.', set()),
    ('neg_thanks_patience', 'c', '感谢您的耐心，问题已定位，是我方缓存配置的疏漏，今晚修复。', set()),
]

SECOND_PASS_B = [
    ('v_ar_cost_weekend', 'c', '为了配合贵方临时加的演示，我们整个组周末都搭进去了，这笔账该怎么算？', {'argue'}),
    ('v_ar_lecture_glossary', 'c', '术语表附件里有，开会前请大家先看一眼，省得每次都从头解释。', {'argue'}),
    ('v_ar_again_same_bug', 'c', '这个“缺陷”我们上周已经解释过了，不是缺陷，是配置项没打开。', {'argue'}),
    ('v_ar_en_if_you_had', 'c', 'Had your team run the checklist we sent, we would not be here.', {'argue'}),
    ('v_ar_en_basic', 'c', "Rotating a certificate is pretty basic; I'm surprised your admins needed a meeting for it.", {'argue'}),
    ('v_ar_not_our_scope_tone', 'c', '坦率地说，贵方的需求管理非常混乱，我们很难配合。', {'argue'}),
    ('v_ar_who_signed', 'c', '需求说明书是贵方签字确认的，现在说不是这个意思，让我们怎么办？', {'argue'}),
    ('v_ar_en_wasted_sprint', 'c', 'We lost an entire sprint to your last-minute reversal, and frankly that is not acceptable.', {'argue'}),
    ('v_ar_minutes_blame', 'c', '纪要补充：本次延期的主要原因是客户方数据迟迟未到位，与我方无关。', {'argue'}),
    ('v_ar_common_sense', 'c', '密码不能明文传输，这是行业常识，相信贵司的技术同事不会不知道。', {'argue'}),
    ('v_ar_neg_thanks_patience', 'c', '非常感谢贵方的耐心，这次问题出在我们的部署脚本上。', set()),
    ('v_ar_neg_en_cost_question', 'c', 'Could you confirm which cost centre the extra licences should be billed to?', set()),
    ('v_ar_neg_glossary_helpful', 'c', '为方便贵方同事理解，术语表放在附件第二页。', set()),
    ('v_ar_neg_repeat_kindly', 'c', '上次我可能没讲清楚，我换个方式再说明一下。', set()),
    ('v_rf_policy_no', 'c', '根据公司规定，源代码不对外提供。', {'refusal'}),
    ('v_rf_minutes_reject', 'c', '会议结论：\n- 客户要求增加的三个报表，本期不纳入。\n- 下次例会时间另行通知。', {'refusal'}),
    ('v_rf_en_one_liner', 'c', "Noted. We won't be extending the pilot.", {'refusal'}),
    ('v_rf_en_policy', 'c', 'Per company policy, we do not share source code with clients.', {'refusal'}),
    ('v_rf_no_discount', 'c', '报价已经是最终价格，没有调整空间。', {'refusal'}),
    ('v_rf_shortest', 'c', '这个做不了，请知悉。', {'refusal'}),
    ('v_rf_no_onsite', 'c', '驻场支持我们不提供，谢谢。', {'refusal'}),
    ('v_rf_en_cannot_support', 'c', 'Unfortunately the legacy API will not be supported going forward.', {'refusal'}),
    ('v_rf_neg_buffer_date', 'c', '源码托管的要求我们需要法务评估，下周三前给您答复。', set()),
    ('v_rf_neg_alt', 'c', '驻场这次安排不了，我们可以每天上午十点开一个线上站会代替，您看是否可行？', set()),
    ('v_rf_neg_info', 'c', '旧接口下个月停止服务，新接口文档已发您邮箱，迁移期间我们全程支持。', set()),
    ('v_rf_neg_en_no_action', 'c', 'No action is required from your side this week.', set()),
    ('v_ps_you_will_see', 'c', '等您用上三个月就知道，我们的方案才是对的。', {'persuade'}),
    ('v_ps_dont_waste', 'c', '别在自研这条路上浪费预算了，直接上我们的平台。', {'persuade'}),
    ('v_ps_en_no_sane_team', 'c', 'No sane team would build this in-house in 2024; just license ours.', {'persuade'}),
    ('v_ps_en_trust', 'c', 'Trust us on this one and sign the SOW as it stands.', {'persuade'}),
    ('v_ps_everyone', 'c', '同行业的客户全都用的这一套，您就别搞特殊了。', {'persuade'}),
    ('v_ps_neg_options', 'c', '我们列了三种部署方式的成本和风险，您这边评估后告诉我们倾向即可。', set()),
    ('v_ps_neg_en_recommend', 'c', 'We recommend option B for the reasons above, but option A is workable if budget is the priority.', set()),
    ('v_bc_nick_meeting', 'i', '“会议狂魔”今天又约了三个会，谁有空替我去一个。', {'backchannel'}),
    ('v_bc_en_mike', 'i', 'Mike from their finance team is a total waste of space, just cc his boss.', {'backchannel'}),
    ('v_bc_slow', 'i', '甲方审批慢得跟蜗牛一样，一个章盖了两周。', {'backchannel'}),
    ('v_bc_know_it_all', 'i', '对方那个技术负责人，什么都懂一点，什么都不精，偏偏还特别爱发表意见。', {'backchannel'}),
    ('v_bc_en_reply_all', 'a', "Honestly their PM couldn't organise a two-person meeting.", {'backchannel'}),
    ('v_bc_boss_wang', 'i', '王总那个人，你跟他讲数据他跟你讲感情。', {'backchannel'}),
    ('v_bc_en_sigh', 'i', "The client's 'urgent' requests are never urgent. Ignore until Monday.", {'backchannel'}),
    ('v_bc_neg_concern', 'i', '甲方最近压力很大，我们的周报写细一点，让他们好向领导交代。', set()),
    ('v_bc_neg_shop', 'i', '他们家的咖啡真是绝了，推荐大家去试试。', set()),
    ('v_bc_neg_self', 'i', '说实话这次是我们拖后腿了，客户的质疑完全合理。', set()),
    ('v_bc_neg_en_praise', 'i', 'Their finance lead is brilliant; the reconciliation took her ten minutes.', set()),
    ('v_bc_neg_to_client_you', 'c', '您那边的同事如果还有疑问，可以直接打我电话。', set()),
]

_AUDIENCE = {"c": {"to": (CLIENT,)}, "i": {"to": (COLLEAGUE,)}, "a": {"to": (COLLEAGUE,), "cc": (CLIENT,)}}


@pytest.mark.parametrize("table", ["SECOND_PASS_A", "SECOND_PASS_B"])
def test_second_pass_meets_the_accuracy_targets(ruleset, table):
    rows = globals()[table]
    tp, fp, fn, misses = {}, {}, {}, []
    clean = clean_risky = 0
    for name, audience, text, expected in rows:
        got = found(ruleset, text, **_AUDIENCE[audience])
        for rule in got | expected:
            bucket = tp if rule in got and rule in expected else fp if rule in got else fn
            bucket[rule] = bucket.get(rule, 0) + 1
        if not expected:
            clean += 1
            clean_risky += bool(got)
        if got != expected:
            misses.append(f"{name}: expected {sorted(expected)} got {sorted(got)}")
    report = "\n".join(misses)
    for rule in ("argue", "refusal", "persuade", "backchannel"):
        hits = tp.get(rule, 0)
        assert hits / ((hits + fp.get(rule, 0)) or 1) >= 0.9, f"{rule} precision\n{report}"
        assert hits / ((hits + fn.get(rule, 0)) or 1) >= 0.85, f"{rule} recall\n{report}"
    assert clean_risky <= 0.03 * clean, report


# Paired cues (a charge near a target in one sentence) and reader_exempt, on the built-in rules.
PAIRS = [
    ("charge_with_client_target", "i", "对方采购真抠，一分钱都要掰成两半花。", {"backchannel"}),
    ("charge_without_target", "i", "这个月预算很抠，团建就简单吃个饭。", set()),
    ("target_in_another_sentence", "i", "对方采购下周来对合同。预算抠得很，报价要留余地。", set()),
    ("negated_target", "i", "这不是客户挑刺，是我们自己的校验没做好。", set()),
    ("same_words_not_negated", "i", "客户挑刺，我们自己的校验倒是没问题。", {"backchannel"}),
    ("charge_at_the_reader_is_argue", "c", "贵方同事一天一个样，我们无所适从。", {"argue"}),
    ("same_charge_among_colleagues", "i", "贵方同事一天一个样，我们无所适从。", {"backchannel"}),
    ("charge_on_ourselves_is_an_apology", "c", "我们一天一个样，确实让您无所适从，抱歉。", set()),
    ("to_the_reader_about_the_reader", "c", "相关同事如果还是不看文档，我们的沟通只会继续鸡同鸭讲。", {"argue"}),
    ("to_the_reader_about_their_boss", "c", "你们王总根本不懂技术还天天指手画脚。", {"backchannel"}),
    ("reply_all_is_still_backchannel", "a", "他们那个“技术总监”连日志都不会看。", {"backchannel"}),
]


@pytest.mark.parametrize("audience, text, expected", [r[1:] for r in PAIRS], ids=[r[0] for r in PAIRS])
def test_paired_cues_and_the_reader(ruleset, audience, text, expected):
    assert found(ruleset, text, **_AUDIENCE[audience]) == expected


def test_backchannel_to_the_clients_face_is_high_when_it_names_a_third_person(ruleset):
    verdict = analyse(make_draft("你们王总根本不懂技术还天天指手画脚。"), ruleset)
    assert [(f.rule, f.severity) for f in verdict.findings] == [("backchannel", "high")]


# ---- the segmenter is jieba's dictionary mode, word for word ---------------------------------

SEGMENT_TEXTS = [
    "这个需求不可能做，改不了。",
    "We can't do that -- v2.3.1 ships on 2026-12-01, 100% sure!",
    "关于报表导出PDF,我们这边就不安排了。\n\n\t其余几项按计划周五交付。",
    "Ｆｕｌｌ-width ＡＢＣ 和 abc123 混排；C++/C# 与 .NET、a_b、x%y&z#1",
    "我們這邊就不做囉～　😀 ok",
    "",
    "   \r\n  ",
]


def _jieba_words(tokenizer, text):
    return list(tokenizer.cut(text, HMM=False))


@pytest.mark.parametrize("text", SEGMENT_TEXTS)
def test_segment_is_jiebas_dictionary_mode(ruleset, text):
    tokenizer = analysis._matcher_for(ruleset).tokenizer
    folded = analysis.fold(text)
    assert analysis._segment(tokenizer, folded) == _jieba_words(tokenizer, folded)


def test_segment_is_jiebas_on_every_shared_message(ruleset, shared_drafts, shared_corpora):
    tokenizer = analysis._matcher_for(ruleset).tokenizer
    checked = 0
    for path in sorted(shared_drafts.glob("*.eml")) + sorted(p for p in shared_corpora.rglob("*") if p.is_file()):
        try:
            draft = read_draft(path.read_bytes())
        except DraftError:
            continue
        for text in (draft.text, draft.body_text):
            folded = analysis.fold(text)
            assert analysis._segment(tokenizer, folded) == _jieba_words(tokenizer, folded), path
            checked += 1
    assert checked > 1500
