/**
 * Concepts that interview concerns are about, each with the words a candidate uses when
 * answering one. Answers rarely repeat the interviewer's words ("shrink" is answered with
 * "inventory loss", "gap in CV" with "I cared for my father"), so a concern is matched by
 * concept as well as by word. Entries are general knowledge of jobs and hiring, never taken
 * from a particular case: brand, product and course names, a case's own figures ("62k",
 * "3am") and its phrasing were audited out against the dev set; skill names that job ads
 * use everywhere (Excel, SQL, AWS, HIPAA, OSHA, PMP) stay. Words are stemmed when the index
 * is built; "a_b" is a two-word phrase.
 *
 * "~word" marks a word that sits next to the concept without naming it: "shift" and "holiday"
 * come up around availability, but "I trained four shift leads" says nothing about when the
 * candidate can work, while "free", "available" or "can work" do. A sentence's related word is
 * a weaker link and never speaks to a note's head on its own (see `represent.ts`).
 */
export const CONCEPTS: Record<string, string> = {
  relocation:
    'relocate relocation relocating move moving moved movers lease apartment apartments house housing rent renting neighborhood neighbourhood commute commuting local live living resident residency out_of_state from_out hometown sell_house buying_house signed_lease',
  transport:
    'car cars vehicle vehicles truck pickup drive driving driver commute commuting transportation transit ride bus license licence awd 4wd mileage miles road roads reliable_car get_to',
  drivingRecord:
    'mvr driving_record motor_vehicle tickets ticket violations accidents clean_record background_check dui points',
  gap: 'gap gaps break career_break time_off stepped_away employment_history resume_gap caregiving caregiver cared care_for sabbatical leave layoff laid_off parental maternity paternity illness recovered recovery',
  tenure:
    'leaving left leave quit quitting tenure stay stayed staying stick commit committed commitment long-term long_haul job_hopping hop hopping short_stint stints gigs gig freelance contract contracts years_long long_term home permanent loyal',
  reasonLeaving:
    'why_leaving why_leave reason acquired acquisition restructuring laid_off position_moved moving_on less_pay pay_cut mission meaningful',
  notice:
    'notice two_weeks resign resigned resignation last_day final_day gave_notice walk_out transition current_employer counter',
  startDate:
    '~start ~starting start_date ~begin available availability join_by ready_by first_day notice final_day',
  availability:
    'availability available unavailable free flexible flexibility open_availability any_day any_time anytime can_work able_to_work willing_to_work happy_to_work work_any ~shift ~shifts ~weekend ~weekends ~saturday ~saturdays ~sunday ~sundays ~weekday ~weekdays ~weeknight ~weeknights ~overnight ~overnights ~holiday ~holidays ~overtime ~schedule ~scheduling',
  nights:
    'night nights overnight overnights graveyard third_shift late_night evening evenings nocturnal',
  weekends: 'weekend weekends saturday saturdays sunday sundays',
  holidays:
    'holiday holidays thanksgiving christmas christmas_eve new_year new_years easter black_friday',
  hoursLong: 'hours hour long_hours overtime busy_season peak crunch hr_weeks hour_weeks workload',
  oncall: 'on-call oncall on_call pager paging rotation after-hours after_hours escalation',
  travel:
    'travel traveling travelling territory territories road on_the_road overnight_trips nights_away away_from_home region regions ~states flights flying ~cover ~covering ~mileage',
  remote:
    'remote remote-first work_from_home wfh home_office from_home distributed async asynchronous self-management self-managed self-directed disciplined discipline routine routines structure calendar independently',
  onsite: 'in-office in_office onsite on-site office commute five_days 5_days hybrid in_person',
  teamSize:
    'team teams people staff headcount reports direct_reports scale size larger bigger crew employees ~managed ~supervise ~supervised span_of_control ppl associates',
  leadership:
    'lead led leading leader leadership manage managed manager managing management supervise supervised supervisor supervising mentor mentored mentoring coach coached direct_reports oversaw oversee delegate ~hire ~hired ~trained',
  scale:
    'scale size sized large larger largest big bigger biggest volume magnitude million millions $ capacity covers plates',
  budget:
    'budget budgets p&l financial finance capital spend spending cost costs million $ funds dollars forecast forecasting',
  volume:
    'volume throughput per_day a_day daily per_hour an_hour caseload load covers plates tickets claims calls charts files cases pace productivity quota output',
  speed:
    'speed fast faster fastest quick quickly pace slow slowly deadline deadlines tight turnaround same-day rush pressure under_an_hour rapid efficient efficiency agile iterate iteration',
  shrink:
    'shrink shrinkage loss losses inventory theft stolen loss_prevention cycle_count cycle_counts counts variance audit audits',
  cash: 'cash drawer till register balanced balance over_short short counting count money deposit deposits errors accuracy',
  salary:
    'salary pay paid compensation comp band range offer wage wages rate money $ expectations negotiable flexible package benefits base afford savings income',
  commission:
    'commission commission-only draw afford savings saved cushion income set_aside variable ote cover',
  visa: 'visa sponsorship sponsor h-1b h1b work_permit green_card citizenship authorized authorization transfer petition immigration opt',
  overqualified:
    'overqualified over-qualified too_senior step_down step_back entry-level entry_level junior bottom ladder ground_up humble',
  junior:
    'junior too_junior senior seniority experienced experience_level level years inexperienced new_grad new_graduate graduate student first_job',
  career_change:
    'career_change career_changer changing_careers switch switching pivot pivoting new_field second_career',
  certification:
    'cert certs certified certificate certification certifications credential credentials license licensed licensing licensure exam exams test tests passed pass renewal renew renewed lapse lapsed expire expired expires ce_hours ceu course coursework enrolled tesol tefl',
  education:
    'degree diploma course courses class classes enrolled coursework study studying semester tuition school program bootcamp training trained',
  cpaExam: 'cpa cpa_exam licensed',
  technicalSkill:
    'skill skills proficiency proficient fluent fluency comfortable hands-on depth level familiar familiarity expertise expert advanced',
  learning:
    'learn learning learned learnt learner practice practiced practicing practise studied studying tutorial tutorials course enrolled drills brushing_up brush_up quick_study pick_up picked_up ramp ramping catching_up self-taught',
  software:
    'software tool tools tooling system systems platform platforms app application crm erp ehr emr lms pms wms tms hris ats suite',
  sql: 'sql query queries database databases postgres postgresql mysql oracle joins join cte ctes window_functions warehouse schema tables',
  python: 'python pandas numpy jupyter notebook notebooks script scripts scripting django flask',
  typescript: 'typescript types typed type_checking generics strict interfaces type_errors',
  frontend:
    'frontend front-end ui ux react css html javascript web browser client-side interface interfaces',
  backend:
    'backend back-end server server-side services service api apis database go java postgres queue queues microservices',
  kubernetes: 'kubernetes k8s container containers orchestration docker cluster clusters pods',
  cloud: 'cloud aws gcp azure google_cloud provider providers',
  infraAsCode: 'terraform iac infrastructure_as_code modules module pulumi cloudformation state',
  production:
    'production prod live shipped ship deploy deployed deployment users requests real_users serving serves launched rollout traffic',
  incident:
    'incident incidents outage outages downtime down went_down broke war_room postmortem post-mortem status_page sev',
  systemDesign: 'system_design architecture caching cache redis whiteboard',
  codeReview: 'code_review review reviews feedback pull_request pr prs comments',
  testing:
    'testing tests test qa automation automated selenium playwright cypress flaky flakiness suite suites regression',
  design:
    'figma sketch adobe xd prototype prototypes prototyping wireframes component_library components',
  research:
    'research user_research interviews interview usability diary_study synthesis contextual survey surveys insights personas',
  portfolio:
    'portfolio portfolios samples sample case_studies case_study work_samples reel book examples writing_samples',
  mobile: 'mobile ios android app apps phone responsive',
  excel:
    'excel spreadsheet spreadsheets pivot pivots pivot_tables vlookup vlookups xlookup formulas macros modeling model models',
  dataViz: 'tableau power_bi powerbi looker dashboards dashboard visualization reports reporting',
  presenting:
    'present presenting presented presentation presentations brief briefing briefed executives execs board leadership legislators officials elected stakeholders non-technical audience audiences public_speaking speak speaking',
  writing:
    'writing writer write wrote written memo memos plain_language jargon academic concise editing edited draft drafted copy samples sample piece',
  communication:
    'communication communications comms communicate communicating updates update informed explain explaining stakeholders',
  grants:
    'grant grants grant_writing proposal proposals funding funder funders foundation application applications award awarded',
  volunteers: 'volunteer volunteers volunteering helpers recruit recruited orientation sign-up',
  sales:
    'quota quotas target targets number numbers goal goals plan attainment pipeline bookings revenue closed closing deals quota-carrying sales',
  coldCalling:
    'cold_calling cold_call cold_calls calls calling dialing dial dials prospecting outreach',
  results:
    'numbers results performance ranked rank percent % of_plan president_club top metrics kpi kpis achieved',
  customers:
    'customer customers client clients guest guests member members patron patrons ~service',
  difficultPeople:
    'angry upset irate difficult tough tense frustrated hot vent venting calm calmed calming de-escalate deescalate de-escalation defuse conflict complaints complaint heated',
  parents: 'parent parents families family dad mom mother father guardians',
  union:
    'union unions unionized labor labour organized_labor collective_bargaining cba grievance grievances steward represented local contract_negotiation',
  hr: 'hris hcm',
  language:
    'spanish espanol bilingual language languages fluent fluency native speak speaker french mandarin portuguese vietnamese tagalog arabic',
  pediatrics:
    'peds pediatric pediatrics paediatric children child kids kid young infants teens adolescents students',
  diabetes: 'diabetes diabetic type_1 insulin pump pumps glucose carb carbs',
  allergy: 'allergy allergies allergic antihistamine epinephrine anaphylaxis',
  dialysis: 'dialysis renal kidney hemodialysis',
  surgery:
    'or operating_room surgical surgery surgeries surgeon surgeons scrub scrubbed scrubbing sterile cases',
  emergency:
    'rapid_response code codes deteriorating deterioration emergency emergencies crisis escalate',
  nursingLoad: 'ratio ratios patients caseload acuity assignment',
  floating: 'float floating stepdown step-down units unit',
  coding: 'coding coder icd-10 icd cpt modifier modifiers abstracting',
  billing:
    'billing claims claim denials denial denied rejected payer payers appeals appeal ar aging',
  appeals: 'appeal appeals hearing medicare denials',
  privacy:
    'hipaa privacy private confidential confidentiality discretion discreet sealed secure security locked locking shred shredding sensitive phi',
  homeOffice: 'home_office workspace room dedicated desk setup',
  typing: 'typing type wpm keyboarding keyboard words_per_minute speed accuracy',
  attendance:
    'attendance absence absences absent missed_days sick_days late lateness tardy punctual punctuality reliable reliability dependable show_up showed_up no-show no-showed on_time',
  safety:
    'safety safe injury injuries incident incidents osha lost-time recordable reportable accident accidents hazard hazards ppe',
  heights:
    'ladder ladders heights height a-frame scaffold scaffolding lift lifts roof climbing foot ceiling',
  lifting: 'lifting lift lifts transfer transfers back injury pounds lbs heavy physical',
  tools:
    'tools tool saw saws nailer nailers nail_gun guns compressor drill kit equipment own_tools',
  trades:
    'framing framer trim finish finishing carpentry cabinet cabinets crown molding wainscoting built-ins drywall electrical plumbing',
  tradeMath: 'math trig trigonometry bends bending conduit calculations formulas fractions',
  cad: 'autocad revit cad bim sketchup drafting drawings',
  commercial:
    'commercial residential homeowners office offices retail hospitality fit-out tenant_improvement corporate healthcare',
  print: 'print printing press prepress trim cmyk output proofs plates',
  threeD: '3d blender render rendering modeling animation',
  games: 'game games gaming gamer console consoles video_games steam nintendo playstation xbox',
  coffee: 'latte art espresso barista milk steaming pour pouring coffee',
  food: 'food_cost cost costing plate_cost margins inventory ordering waste yield recipes menu_pricing',
  kitchen: 'line covers plates tickets expo pass station stations rush service volume',
  animals:
    'exotic exotics rabbits rabbit birds bird reptiles ferrets ferret guinea_pigs chinchillas parrot cockatiels species',
  euthanasia:
    'euthanasia end-of-life goodbye grief grieving loss passing emotional emotionally cope coping',
  anesthesia: 'anesthesia anaesthesia sedation monitoring vitals induction recovery',
  legal:
    'litigation litigator dispute disputes discovery trial trials deposition depositions subpoenas court motions pleadings',
  ediscovery: 'e-discovery ediscovery document_review',
  tax: 'tax taxes returns irs preparer tax_prep',
  payments:
    'payments payment fintech payouts kyc reconciliation chargeback chargebacks disputes banking bank card processor',
  technicalPm:
    'technical engineer engineering code coding pull_request repo hands-on dive prioritization prioritisation customers',
  offshore:
    'offshore overseas vendor vendors outsourced international global time_zone time_zones india philippines',
  virtual:
    'virtual zoom online remote webinar webinars breakout breakouts chat polls camera engaged engagement facilitation facilitate',
  ev: 'ev evs electric battery batteries charging charger chargers zero-emission emissions hybrid',
  publicSector:
    'public_sector government municipal city county state federal residents public civic agency agencies private',
  classroom:
    'classroom classrooms class students kids management behavior routines on_task attention procedures',
  differentiation:
    'differentiation differentiate differentiated tiered mixed levels ahead behind scaffold scaffolding extension support',
  special_ed: 'iep ieps 504 accommodations special_education sped inclusion modifications',
  revenue: 'occupancy revenue sales dipped decline declined rebound',
  caseload: 'caseload caseloads files cases families clients open_files load',
  trauma:
    'trauma secondary_trauma burnout self-care selfcare stress boundaries therapy wellbeing well-being',
  fitCulture: 'fit culture values mission team_player collaborative',
  pmp: 'pmp pmi capm project_management contact_hours',
  construction:
    'construction project projects site sites submittals rfis pay_apps schedule subcontractors subs mep',
  equity: 'equity stake vesting options',
};

/**
 * Words that carry no topic in a concern's shorthand ("asked about …", "worried re: …",
 * "never used …") or in a sentence ("I", "really"). They are skipped when matching.
 */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as asked ask asking at be
  because been before being below between both but by can can't could did didn't do does doesn't
  doing don't down during each few for from further had hadn't has hasn't have haven't having he
  her here hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its
  itself just let's me more most mostly my myself no nor not of off on once only or other our ours
  ourselves out over own re same she should so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through to
  too under until up very was wasn't we we'd we'll we're we've were weren't what what's when where
  which while who whom why will with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves worried worry worries concern concerned thinks think thought wondered
  wondering unclear ok okay yes yeah lol w w/ vs really actually exp experience experienced
  never used use using know knows knowledge need needs needed want wants like lots lot much many
  get got go going one per etc e.g. i.e. whether able still yet ever even well good great
  thing things way ways something anything question questions point points also maybe sure
  much 'd 's`.split(/\s+/),
);
