import { analyseText } from '@/lib/text/analyse';

/**
 * Synonyms and acronyms of French clinical research, written for Phare. Each entry is a group of
 * equivalent phrases: a visitor typing any of them also finds studies worded with the others. Phrases are
 * written naturally (accents, articles); they go through the same analysis as the index at load time.
 * English equivalents are included because CTIS summaries and many titles are in English.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Neurology
  ['AVC', 'accident vasculaire cérébral', 'attaque cérébrale', 'stroke', 'infarctus cérébral'],
  ['AIT', 'accident ischémique transitoire', 'transient ischemic attack'],
  ['SLA', 'sclérose latérale amyotrophique', 'maladie de Charcot', 'Charcot', 'amyotrophic lateral sclerosis', 'ALS', 'maladie du motoneurone'],
  ['SEP', 'sclérose en plaques', 'multiple sclerosis'],
  ['Alzheimer', 'maladie d’Alzheimer', "Alzheimer's disease", 'démence de type Alzheimer'],
  ['démence', 'troubles neurocognitifs majeurs', 'dementia'],
  ['Parkinson', 'maladie de Parkinson', "Parkinson's disease", 'syndrome parkinsonien'],
  ['épilepsie', 'épileptique', 'crises d’épilepsie', 'epilepsy', 'seizures'],
  ['migraine', 'céphalée migraineuse', 'migraine headache'],
  ['céphalée', 'mal de tête', 'headache'],
  ['Huntington', 'chorée de Huntington', "Huntington's disease"],
  ['neuropathie', 'neuropathie périphérique', 'peripheral neuropathy', 'polyneuropathie'],
  ['myasthénie', 'myasthenia gravis'],
  ['Guillain-Barré', 'syndrome de Guillain-Barré', 'polyradiculonévrite'],
  ['myopathie', 'dystrophie musculaire', 'muscular dystrophy', 'maladie neuromusculaire'],
  ['Duchenne', 'dystrophie musculaire de Duchenne', 'DMD'],
  ['amyotrophie spinale', 'SMA', 'spinal muscular atrophy'],
  ['traumatisme crânien', 'traumatic brain injury', 'TBI', 'lésion cérébrale traumatique'],
  ['lésion médullaire', 'blessé médullaire', 'spinal cord injury', 'paraplégie', 'tétraplégie'],
  ['paralysie cérébrale', 'infirmité motrice cérébrale', 'cerebral palsy'],
  ['hémorragie sous-arachnoïdienne', 'subarachnoid hemorrhage', 'anévrisme cérébral'],
  ['glioblastome', 'GBM', 'glioblastoma'],
  ['gliome', 'glioma', 'tumeur cérébrale', 'brain tumor', 'tumeur du cerveau'],
  ['neuroblastome', 'neuroblastoma'],
  ['douleur chronique', 'chronic pain', 'douleurs chroniques'],
  ['fibromyalgie', 'fibromyalgia'],
  ['coma', 'état de conscience altérée', 'disorders of consciousness'],
  ['sclérose tubéreuse', 'sclérose tubéreuse de Bourneville', 'tuberous sclerosis'],
  // Psychiatry
  ['dépression', 'épisode dépressif', 'trouble dépressif', 'depression', 'depressive disorder', 'EDC', 'épisode dépressif caractérisé'],
  ['trouble bipolaire', 'maladie bipolaire', 'bipolar disorder', 'psychose maniaco-dépressive', 'bipolarité'],
  ['schizophrénie', 'schizophrenia', 'trouble schizophrénique', 'psychose'],
  ['TDAH', 'trouble du déficit de l’attention avec ou sans hyperactivité', 'déficit de l’attention', 'hyperactivité', 'ADHD', 'attention deficit hyperactivity disorder'],
  ['autisme', 'TSA', 'trouble du spectre de l’autisme', 'troubles du spectre autistique', 'autism', 'autism spectrum disorder'],
  ['anxiété', 'trouble anxieux', 'anxiety', 'anxiety disorder', 'angoisse'],
  ['TOC', 'trouble obsessionnel compulsif', 'OCD', 'obsessive compulsive disorder'],
  ['TSPT', 'état de stress post-traumatique', 'ESPT', 'PTSD', 'post-traumatic stress disorder', 'stress post-traumatique'],
  ['anorexie mentale', 'anorexia nervosa', 'trouble du comportement alimentaire', 'TCA', 'boulimie'],
  ['addiction', 'dépendance', 'addiction aux substances', 'substance use disorder', 'toxicomanie'],
  ['alcoolisme', 'trouble de l’usage de l’alcool', 'dépendance à l’alcool', 'alcohol use disorder', 'alcoolodépendance'],
  ['tabagisme', 'sevrage tabagique', 'arrêt du tabac', 'smoking cessation', 'tabac'],
  ['insomnie', 'troubles du sommeil', 'insomnia', 'sleep disorder'],
  ['SAOS', 'apnée du sommeil', 'syndrome d’apnées obstructives du sommeil', 'sleep apnea', 'SAHOS'],
  ['suicide', 'tentative de suicide', 'idées suicidaires', 'suicidal ideation'],
  // Cardiology and vascular
  ['infarctus du myocarde', 'IDM', 'infarctus', 'crise cardiaque', 'myocardial infarction', 'heart attack', 'SCA', 'syndrome coronarien aigu', 'acute coronary syndrome'],
  ['insuffisance cardiaque', 'heart failure', 'défaillance cardiaque', 'cardiac failure'],
  ['fibrillation atriale', 'fibrillation auriculaire', 'atrial fibrillation'],
  ['HTA', 'hypertension artérielle', 'hypertension', 'tension artérielle élevée', 'high blood pressure'],
  ['HTAP', 'hypertension artérielle pulmonaire', 'pulmonary arterial hypertension', 'PAH'],
  ['maladie coronarienne', 'coronaropathie', 'coronary artery disease', 'cardiopathie ischémique', 'angine de poitrine', 'angor'],
  ['AOMI', 'artériopathie oblitérante des membres inférieurs', 'peripheral artery disease', 'artérite'],
  ['embolie pulmonaire', 'pulmonary embolism'],
  ['thrombose veineuse profonde', 'TVP', 'phlébite', 'deep vein thrombosis', 'DVT', 'maladie thromboembolique veineuse', 'MTEV', 'thromboembolie veineuse'],
  ['arrêt cardiaque', 'arrêt cardio-respiratoire', 'cardiac arrest'],
  ['insuffisance veineuse', 'jambes lourdes', 'varices', 'maladie veineuse chronique', 'chronic venous insufficiency', 'varicose veins'],
  ['syndrome des jambes sans repos', 'maladie de Willis-Ekbom', 'impatiences', 'restless legs syndrome'],
  ['cardiomyopathie', 'myocardiopathie', 'cardiomyopathy'],
  ['rétrécissement aortique', 'sténose aortique', 'aortic stenosis', 'TAVI'],
  ['valvulopathie', 'maladie valvulaire', 'valvular heart disease'],
  ['cardiopathie congénitale', 'malformation cardiaque', 'congenital heart disease'],
  ['hypercholestérolémie', 'cholestérol', 'dyslipidémie', 'hypercholesterolemia', 'dyslipidemia'],
  ['anévrisme de l’aorte', 'anévrisme aortique', 'aortic aneurysm'],
  ['AVK', 'antivitamine K', 'anticoagulant', 'anticoagulation'],
  // Respiratory
  ['BPCO', 'bronchopneumopathie chronique obstructive', 'COPD', 'chronic obstructive pulmonary disease', 'emphysème'],
  ['asthme', 'asthma', 'asthmatique'],
  ['mucoviscidose', 'fibrose kystique', 'cystic fibrosis'],
  ['fibrose pulmonaire', 'FPI', 'fibrose pulmonaire idiopathique', 'idiopathic pulmonary fibrosis', 'IPF', 'pneumopathie interstitielle'],
  ['SDRA', 'syndrome de détresse respiratoire aiguë', 'ARDS', 'acute respiratory distress syndrome'],
  ['pneumonie', 'pneumopathie', 'pneumonia', 'infection pulmonaire'],
  ['bronchiolite', 'bronchiolitis', 'VRS', 'virus respiratoire syncytial', 'RSV', 'respiratory syncytial virus'],
  ['insuffisance respiratoire', 'respiratory failure', 'détresse respiratoire'],
  ['ventilation mécanique', 'ventilation artificielle', 'mechanical ventilation', 'intubation'],
  ['bronchectasie', 'dilatation des bronches', 'DDB', 'bronchiectasis'],
  ['sarcoïdose', 'sarcoidosis'],
  ['tuberculose', 'TB', 'tuberculosis'],
  // Infectious diseases
  ['VIH', 'sida', 'HIV', 'AIDS', 'virus de l’immunodéficience humaine', 'syndrome d’immunodéficience acquise', 'séropositif'],
  ['IST', 'infection sexuellement transmissible', 'MST', 'maladie sexuellement transmissible', 'STI', 'sexually transmitted infection'],
  ['covid', 'covid-19', 'SARS-CoV-2', 'coronavirus', 'covid 19'],
  ['grippe', 'influenza', 'flu', 'syndrome grippal'],
  ['hépatite', 'hepatitis'],
  ['hépatite B', 'VHB', 'HBV', 'hepatitis B'],
  ['hépatite C', 'VHC', 'HCV', 'hepatitis C'],
  ['sepsis', 'septicémie', 'choc septique', 'septic shock', 'infection généralisée'],
  ['paludisme', 'malaria'],
  ['HPV', 'papillomavirus', 'virus du papillome humain', 'human papillomavirus'],
  ['CMV', 'cytomégalovirus', 'cytomegalovirus'],
  ['herpès', 'herpes', 'HSV', 'zona', 'herpes zoster', 'shingles'],
  ['infection urinaire', 'cystite', 'pyélonéphrite', 'urinary tract infection', 'UTI'],
  ['méningite', 'meningitis'],
  ['antibiotique', 'antibiothérapie', 'antibiotic', 'antibiotics'],
  ['BMR', 'bactérie multirésistante', 'antibiorésistance', 'multidrug-resistant', 'résistance aux antibiotiques'],
  ['Lyme', 'maladie de Lyme', 'borréliose', 'Lyme disease'],
  ['vaccin', 'vaccination', 'vaccine', 'immunisation'],
  // Oncology
  ['cancer', 'tumeur maligne', 'néoplasie', 'carcinome', 'tumor', 'tumour', 'néoplasme', 'oncologie', 'malignancy'],
  ['cancer du sein', 'tumeur du sein', 'carcinome mammaire', 'breast cancer', 'cancer mammaire', 'néoplasme du sein', 'adénocarcinome mammaire'],
  ['cancer du poumon', 'cancer bronchique', 'CBNPC', 'cancer bronchique non à petites cellules', 'NSCLC', 'non-small cell lung cancer', 'lung cancer', 'carcinome pulmonaire', 'CBPC', 'cancer bronchique à petites cellules', 'SCLC'],
  ['cancer colorectal', 'CCR', 'cancer du côlon', 'cancer du rectum', 'colorectal cancer', 'colon cancer', 'rectal cancer', 'adénocarcinome colorectal'],
  ['cancer de la prostate', 'adénocarcinome prostatique', 'prostate cancer', 'cancer prostatique', 'CRPC', 'cancer de la prostate résistant à la castration'],
  ['cancer de l’ovaire', 'carcinome ovarien', 'ovarian cancer', 'cancer ovarien', 'tumeur de l’ovaire'],
  ['cancer du col de l’utérus', 'cancer du col utérin', 'cervical cancer', 'carcinome du col'],
  ['cancer de l’endomètre', 'cancer de l’utérus', 'endometrial cancer', 'carcinome endométrial'],
  ['mélanome', 'melanoma', 'cancer de la peau', 'skin cancer'],
  ['carcinome basocellulaire', 'basal cell carcinoma', 'carcinome épidermoïde cutané'],
  ['cancer du pancréas', 'adénocarcinome pancréatique', 'pancreatic cancer', 'cancer pancréatique'],
  ['cancer de l’estomac', 'cancer gastrique', 'gastric cancer', 'adénocarcinome gastrique'],
  ['cancer de l’œsophage', 'oesophageal cancer', 'esophageal cancer', 'carcinome œsophagien'],
  ['CHC', 'carcinome hépatocellulaire', 'cancer du foie', 'hepatocellular carcinoma', 'HCC', 'liver cancer'],
  ['cholangiocarcinome', 'cancer des voies biliaires', 'biliary tract cancer', 'cholangiocarcinoma'],
  ['cancer du rein', 'carcinome rénal', 'renal cell carcinoma', 'RCC', 'kidney cancer'],
  ['cancer de la vessie', 'carcinome urothélial', 'bladder cancer', 'urothelial carcinoma', 'tumeur de vessie'],
  ['cancer de la thyroïde', 'carcinome thyroïdien', 'thyroid cancer'],
  ['cancer ORL', 'cancer des voies aérodigestives supérieures', 'VADS', 'head and neck cancer', 'carcinome épidermoïde de la tête et du cou'],
  ['sarcome', 'sarcoma', 'ostéosarcome', 'osteosarcoma', 'sarcome d’Ewing'],
  ['mésothéliome', 'mesothelioma'],
  ['tumeur neuroendocrine', 'TNE', 'neuroendocrine tumor'],
  ['métastase', 'métastatique', 'metastatic', 'cancer avancé', 'advanced cancer', 'stade IV'],
  ['chimiothérapie', 'chemotherapy', 'chimio'],
  ['radiothérapie', 'radiotherapy', 'radiation therapy', 'rayons'],
  ['immunothérapie', 'immunotherapy', 'inhibiteur de point de contrôle', 'checkpoint inhibitor', 'anti-PD-1', 'anti-PD-L1'],
  ['CAR-T', 'CAR T cells', 'cellules CAR-T', 'lymphocytes T à récepteur chimérique'],
  ['soins palliatifs', 'palliative care', 'fin de vie', 'end of life'],
  // Haematology
  ['leucémie', 'leukemia', 'leukaemia', 'leucose'],
  ['LLC', 'leucémie lymphoïde chronique', 'CLL', 'chronic lymphocytic leukemia'],
  ['LAM', 'leucémie aiguë myéloïde', 'AML', 'acute myeloid leukemia', 'leucémie aiguë myéloblastique'],
  ['LAL', 'leucémie aiguë lymphoblastique', 'acute lymphoblastic leukemia'],
  ['LMC', 'leucémie myéloïde chronique', 'CML', 'chronic myeloid leukemia'],
  ['lymphome', 'lymphoma', 'LNH', 'lymphome non hodgkinien', 'non-Hodgkin lymphoma', 'DLBCL', 'lymphome diffus à grandes cellules B'],
  ['lymphome de Hodgkin', 'maladie de Hodgkin', 'Hodgkin lymphoma', 'Hodgkin'],
  ['myélome', 'myélome multiple', 'multiple myeloma', 'maladie de Kahler', 'myeloma'],
  ['SMD', 'syndrome myélodysplasique', 'MDS', 'myelodysplastic syndrome', 'myélodysplasie'],
  ['drépanocytose', 'anémie falciforme', 'sickle cell disease', 'sickle cell anemia', 'drépanocytaire'],
  ['thalassémie', 'thalassemia', 'bêta-thalassémie'],
  ['hémophilie', 'hemophilia', 'haemophilia'],
  ['anémie', 'anemia', 'anaemia'],
  ['greffe de moelle', 'allogreffe', 'greffe de cellules souches hématopoïétiques', 'hematopoietic stem cell transplantation', 'HSCT', 'allogreffe de moelle'],
  ['GVH', 'maladie du greffon contre l’hôte', 'GVHD', 'graft versus host disease'],
  ['PTI', 'purpura thrombopénique immunologique', 'ITP', 'immune thrombocytopenia', 'thrombopénie immune'],
  ['Waldenström', 'macroglobulinémie de Waldenström'],
  // Endocrinology, metabolism, nutrition
  ['diabète', 'diabetes', 'diabète sucré', 'diabetes mellitus', 'diabétique'],
  ['diabète de type 1', 'DT1', 'type 1 diabetes', 'diabète insulinodépendant', 'T1D'],
  ['diabète de type 2', 'DT2', 'type 2 diabetes', 'diabète non insulinodépendant', 'T2D'],
  ['obésité', 'obesity', 'surpoids', 'overweight' ],
  ['chirurgie bariatrique', 'bypass gastrique', 'sleeve gastrectomie', 'bariatric surgery'],
  ['hypothyroïdie', 'hypothyroidism', 'Hashimoto'],
  ['hyperthyroïdie', 'hyperthyroidism', 'maladie de Basedow', 'Basedow', 'Graves disease'],
  ['ostéoporose', 'osteoporosis', 'fragilité osseuse'],
  ['maladie de Paget', 'Paget', 'maladie osseuse de Paget', 'ostéite déformante', 'Paget disease of bone'],
  ['dénutrition', 'malnutrition', 'undernutrition'],
  ['NASH', 'stéatohépatite non alcoolique', 'MASH', 'NAFLD', 'stéatose hépatique', 'foie gras', 'MASLD'],
  ['maladie rare', 'maladies rares', 'rare disease', 'maladie orpheline', 'orphan disease'],
  ['maladie métabolique', 'maladie héréditaire du métabolisme', 'inborn error of metabolism'],
  ['Fabry', 'maladie de Fabry', 'Fabry disease'],
  ['Gaucher', 'maladie de Gaucher', 'Gaucher disease'],
  ['phénylcétonurie', 'PCU', 'phenylketonuria', 'PKU'],
  // Kidney, urology
  ['insuffisance rénale', 'maladie rénale chronique', 'MRC', 'IRC', 'insuffisance rénale chronique', 'chronic kidney disease', 'CKD', 'kidney failure', 'renal failure'],
  ['insuffisance rénale aiguë', 'IRA', 'acute kidney injury', 'AKI'],
  ['dialyse', 'hémodialyse', 'dialysis', 'hemodialysis', 'dialyse péritonéale'],
  ['greffe de rein', 'transplantation rénale', 'kidney transplantation', 'greffe rénale'],
  ['transplantation', 'greffe', 'transplant', 'greffé'],
  ['HBP', 'hypertrophie bénigne de la prostate', 'adénome de la prostate', 'benign prostatic hyperplasia', 'BPH'],
  ['incontinence urinaire', 'urinary incontinence', 'fuites urinaires', 'vessie hyperactive', 'overactive bladder'],
  ['calcul rénal', 'lithiase urinaire', 'colique néphrétique', 'kidney stones', 'urolithiasis'],
  ['polykystose rénale', 'polykystose', 'polycystic kidney disease', 'PKD'],
  ['syndrome néphrotique', 'nephrotic syndrome', 'glomérulonéphrite', 'glomerulonephritis', 'néphropathie à IgA'],
  // Gastroenterology, hepatology
  ['MICI', 'maladie inflammatoire chronique de l’intestin', 'IBD', 'inflammatory bowel disease'],
  ['maladie de Crohn', 'Crohn', "Crohn's disease"],
  ['rectocolite hémorragique', 'RCH', 'colite ulcéreuse', 'ulcerative colitis'],
  ['SII', 'syndrome de l’intestin irritable', 'côlon irritable', 'IBS', 'irritable bowel syndrome', 'colopathie fonctionnelle'],
  ['cirrhose', 'cirrhosis', 'fibrose hépatique'],
  ['RGO', 'reflux gastro-œsophagien', 'GERD', 'gastroesophageal reflux'],
  ['maladie cœliaque', 'intolérance au gluten', 'coeliac disease', 'celiac disease'],
  ['pancréatite', 'pancreatitis'],
  ['CBP', 'cholangite biliaire primitive', 'PBC', 'primary biliary cholangitis', 'cirrhose biliaire primitive'],
  ['cholangite sclérosante primitive', 'PSC', 'primary sclerosing cholangitis'],
  // Rheumatology, immunology
  ['polyarthrite rhumatoïde', 'rheumatoid arthritis', 'arthrite rhumatoïde'],
  ['spondylarthrite', 'spondylarthrite ankylosante', 'ankylosing spondylitis', 'axial spondyloarthritis'],
  ['rhumatisme psoriasique', 'arthrite psoriasique', 'psoriatic arthritis', 'PsA'],
  ['lupus', 'LES', 'lupus érythémateux systémique', 'systemic lupus erythematosus', 'SLE'],
  ['sclérodermie', 'sclérodermie systémique', 'systemic sclerosis', 'scleroderma'],
  ['Sjögren', 'syndrome de Gougerot-Sjögren', 'Gougerot-Sjögren', "Sjögren's syndrome"],
  ['vascularite', 'vasculitis', 'artérite à cellules géantes', 'maladie de Horton', 'Horton'],
  ['arthrose', 'gonarthrose', 'coxarthrose', 'osteoarthritis', 'arthrosis'],
  ['goutte', 'gout', 'hyperuricémie'],
  ['lombalgie', 'mal de dos', 'low back pain', 'lombalgie chronique', 'douleur lombaire'],
  ['AJI', 'arthrite juvénile idiopathique', 'juvenile idiopathic arthritis', 'JIA'],
  ['maladie auto-immune', 'auto-immunité', 'autoimmune disease'],
  ['allergie', 'allergy', 'allergique', 'hypersensibilité'],
  ['allergie alimentaire', 'food allergy', 'allergie à l’arachide', 'peanut allergy'],
  ['rhinite allergique', 'allergic rhinitis', 'rhume des foins', 'hay fever'],
  ['déficit immunitaire', 'immunodéficience', 'immunodeficiency', 'DICV'],
  // Dermatology
  ['psoriasis', 'psoriasique'],
  ['dermatite atopique', 'eczéma', 'eczéma atopique', 'atopic dermatitis', 'eczema'],
  ['hidradénite suppurée', 'maladie de Verneuil', 'Verneuil', 'hidradenitis suppurativa'],
  ['urticaire', 'urticaria', 'urticaire chronique'],
  ['vitiligo'],
  ['pelade', 'alopecia areata', 'alopécie'],
  ['acné', 'acne'],
  ['escarre', 'ulcère de pression', 'pressure ulcer', 'plaie chronique', 'ulcère de jambe'],
  ['épidermolyse bulleuse', 'epidermolysis bullosa', 'peau de papillon'],
  // Ophthalmology, ENT
  ['DMLA', 'dégénérescence maculaire liée à l’âge', 'AMD', 'age-related macular degeneration', 'dégénérescence maculaire'],
  ['glaucome', 'glaucoma'],
  ['cataracte', 'cataract'],
  ['rétinopathie diabétique', 'diabetic retinopathy', 'œdème maculaire diabétique', 'OMD', 'DME'],
  ['rétinite pigmentaire', 'retinitis pigmentosa', 'dystrophie rétinienne'],
  ['sécheresse oculaire', 'œil sec', 'dry eye', 'dry eye disease'],
  ['uvéite', 'uveitis'],
  ['surdité', 'perte auditive', 'hearing loss', 'déficience auditive', 'implant cochléaire'],
  ['acouphènes', 'tinnitus'],
  ['myopie', 'myopia'],
  // Women's health, pregnancy, children
  ['endométriose', 'endometriosis', 'adénomyose'],
  ['SOPK', 'syndrome des ovaires polykystiques', 'PCOS', 'polycystic ovary syndrome'],
  ['infertilité', 'stérilité', 'infertility', 'PMA', 'procréation médicalement assistée', 'FIV', 'fécondation in vitro', 'IVF' ],
  ['grossesse', 'femme enceinte', 'pregnancy', 'pregnant', 'gestation', 'obstétrique'],
  ['prééclampsie', 'pré-éclampsie', 'preeclampsia', 'toxémie gravidique'],
  ['diabète gestationnel', 'gestational diabetes'],
  ['accouchement', 'naissance', 'childbirth', 'delivery', 'césarienne', 'caesarean section'],
  ['prématurité', 'prématuré', 'naissance prématurée', 'préterme', 'preterm', 'premature infant', 'grand prématuré', 'accouchement prématuré'],
  ['nouveau-né', 'néonatal', 'newborn', 'neonate', 'nourrisson', 'infant'],
  ['enfant', 'pédiatrie', 'pédiatrique', 'children', 'child', 'paediatric', 'pediatric'],
  ['adolescent', 'adolescence', 'adolescents', 'teenager'],
  ['ménopause', 'menopause', 'bouffées de chaleur', 'hot flashes'],
  ['contraception', 'contraceptif', 'contraceptive'],
  ['allaitement', 'breastfeeding', 'allaitement maternel', 'lactation'],
  ['dépression post-partum', 'postpartum depression', 'dépression du post-partum'],
  ['dysplasie bronchopulmonaire', 'bronchopulmonary dysplasia'],
  ['trisomie 21', 'syndrome de Down', 'Down syndrome'],
  ['X fragile', 'syndrome de l’X fragile', 'fragile X syndrome'],
  ['mort subite du nourrisson', 'MSN', 'SIDS', 'sudden infant death'],
  // Ageing, rehabilitation, misc.
  ['personne âgée', 'sujet âgé', 'gériatrie', 'elderly', 'older adults', 'gériatrique', 'senior'],
  ['chute', 'chutes', 'falls', 'risque de chute'],
  ['fragilité', 'frailty'],
  ['sarcopénie', 'sarcopenia', 'perte musculaire'],
  ['fracture du col du fémur', 'fracture de hanche', 'hip fracture'],
  ['prothèse de hanche', 'arthroplastie de hanche', 'hip arthroplasty', 'prothèse totale de hanche'],
  ['prothèse de genou', 'arthroplastie du genou', 'knee arthroplasty', 'PTG', 'prothèse totale de genou'],
  ['rééducation', 'réadaptation', 'rehabilitation', 'kinésithérapie', 'physiotherapy', 'MPR'],
  ['activité physique', 'exercice physique', 'sport', 'physical activity', 'exercise'],
  ['anesthésie', 'anesthesia', 'anaesthesia', 'sédation', 'sedation'],
  ['douleur postopératoire', 'postoperative pain', 'analgésie postopératoire'],
  ['réanimation', 'soins intensifs', 'intensive care', 'ICU', 'critical care', 'soins critiques'],
  ['urgences', 'médecine d’urgence', 'emergency department', 'emergency medicine', 'SAMU'],
  ['chirurgie', 'surgery', 'opération', 'intervention chirurgicale', 'chirurgical'],
  ['santé mentale', 'mental health', 'psychiatrie', 'psychiatry', 'trouble psychiatrique'],
  ['handicap', 'disability', 'situation de handicap', 'déficience'],
  ['déficience intellectuelle', 'intellectual disability', 'retard mental'],
  ['soins dentaires', 'dentaire', 'odontologie', 'dental', 'carie', 'parodontite', 'periodontitis'],
  ['volontaire sain', 'volontaires sains', 'healthy volunteers', 'sujet sain', 'healthy subjects'],
  ['qualité de vie', 'quality of life', 'QoL'],
  ['essai randomisé', 'randomisation', 'randomized', 'randomised', 'étude randomisée'],
  ['placebo', 'contre placebo', 'placebo-controlled'],
  ['télémédecine', 'téléconsultation', 'telemedicine', 'télésurveillance', 'e-santé'],
  ['médicament', 'traitement médicamenteux', 'drug', 'medication', 'medicinal product'],
  ['dispositif médical', 'medical device' ],
  ['thérapie génique', 'gene therapy', 'AAV'],
  ['cellules souches', 'stem cells', 'thérapie cellulaire', 'cell therapy'],
  ['génétique', 'génomique', 'genetic', 'genomic', 'séquençage', 'sequencing'],
  ['imagerie', 'IRM', 'imagerie par résonance magnétique', 'MRI', 'scanner', 'TEP' ],
  ['biopsie liquide', 'ADN tumoral circulant', 'ctDNA', 'liquid biopsy'],
  ['dépistage', 'screening', 'diagnostic précoce', 'early detection'],
  ['COVID long', 'covid persistant', 'long covid', 'post-COVID'],
  ['syndrome de fatigue chronique', 'encéphalomyélite myalgique', 'ME/CFS', 'chronic fatigue syndrome'],
];

export interface SynonymIndex {
  /** Analysed phrase (tokens joined by one space) → every analysed phrase of its groups (itself included). */
  readonly byPhrase: ReadonlyMap<string, readonly string[]>;
  /** Longest analysed phrase, in tokens, to bound the greedy match. */
  readonly maxTokens: number;
}

let cachedIndex: SynonymIndex | undefined;

/** The analysed synonym table, built once. A phrase in several groups gets the union of their phrases. */
export function getSynonymIndex(): SynonymIndex {
  if (cachedIndex) return cachedIndex;
  const byPhrase = new Map<string, Set<string>>();
  let maxTokens = 1;
  for (const group of SYNONYM_GROUPS) {
    const phrases = [...new Set(group.map((p) => analyseText(p).join(' ')).filter((p) => p.length > 0))];
    for (const phrase of phrases) {
      maxTokens = Math.max(maxTokens, phrase.split(' ').length);
      let set = byPhrase.get(phrase);
      if (!set) byPhrase.set(phrase, (set = new Set()));
      for (const other of phrases) set.add(other);
    }
  }
  const frozen = new Map<string, readonly string[]>();
  for (const [k, v] of byPhrase) frozen.set(k, [...v]);
  cachedIndex = { byPhrase: frozen, maxTokens };
  return cachedIndex;
}

/** One concept of a query: the phrases (analysed, space-separated tokens) any of which may match. */
export interface QueryConcept {
  /** What the visitor typed, analysed. */
  source: string;
  alternatives: string[];
  /** True when the concept came from the synonym table (phrases matched exactly, no prefix). */
  synonym: boolean;
}

/**
 * Groups analysed query tokens into concepts: the longest run of tokens that is a known phrase becomes one
 * concept with all its synonyms; any other token is a concept of its own.
 */
export function expandSynonyms(tokens: readonly string[]): QueryConcept[] {
  const { byPhrase, maxTokens } = getSynonymIndex();
  const out: QueryConcept[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (let n = Math.min(maxTokens, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const alts = byPhrase.get(phrase);
      if (alts) {
        out.push({ source: phrase, alternatives: [...alts], synonym: true });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ source: tokens[i], alternatives: [tokens[i]], synonym: false });
      i += 1;
    }
  }
  return out;
}
