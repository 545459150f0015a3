/** Issue statements of the demo event, written for the demo in the voice of each sector's movement. */
export interface DemoStatement {
	title?: string;
	text: string;
}

export const demoStatements: Record<string, DemoStatement[]> = {
	labour: [
		{
			title: "Algorithms are the new supervisors",
			text: "On ride-hailing and delivery platforms the supervisor is now an algorithm that allocates jobs, sets pay rates and deactivates workers without any explanation. Workers must have the right to know and contest every algorithmic decision that affects their income."
		},
		{
			title: "Gig workers are workers",
			text: "Uber drivers and food delivery riders are classified as independent partners so that platforms escape minimum wages, social security and liability for accidents. Platform companies must be recognised as employers under labour law."
		},
		{
			title: "Organising on the platform",
			text: "When riders organise strikes through WhatsApp groups, their leaders find their accounts deactivated the next day. Freedom of association must extend to gig workers, including the right to use the platform itself to reach fellow workers."
		},
		{
			title: "Workers' data belongs to workers",
			text: "Every trip, click and keystroke of a worker is recorded and turned into data that the company owns and sells. Workers and their unions need collective rights over the data they generate, including access, portability and a say in how it is used."
		},
		{
			title: "Surveillance at the workstation",
			text: "In call centres and garment factories workers are filmed, badge-tracked and monitored by software that counts every minute away from the desk. This workplace surveillance intensifies work and is used to identify union members."
		},
		{
			text: "Automated hiring tools screen out applicants by postcode, age, gaps in employment or names that signal caste, religion or ethnicity. Algorithmic discrimination in recruitment is invisible to the rejected worker and must be made auditable."
		},
		{
			title: "Biometric attendance, lost wages",
			text: "In public employment schemes rural workers are paid only after biometric authentication linked to their digital ID, and fingerprints worn down by manual labour often fail. Thousands lose wages they have already earned because of a machine error."
		},
		{
			title: "Automation needs a just transition",
			text: "Automation in garment factories, electronics assembly and banking back offices threatens millions of jobs in our region, mostly held by young women. We need a just transition negotiated with unions, not reskilling slogans."
		},
		{
			text: "Social security was built around a single employer, so a worker who drives for three apps in a week falls through every net. Contributions must follow the worker and be financed by a levy on platform companies."
		},
		{
			title: "Invisible clickworkers",
			text: "Microtask workers in our countries label images and moderate content for Northern companies at a few cents per task, with no contract and no recourse when payment is rejected. Cross-border platform work needs international labour standards."
		},
		{
			title: "Platform monopolies set the wage",
			text: "When two or three platform monopolies control all ride-hailing or delivery in a city, they cut pay rates at will because workers have nowhere else to go. Market concentration in the platform economy is a labour issue."
		},
		{
			text: "E-waste is dismantled by informal workers, many of them children, who burn cables and handle acids without any protection. Occupational health and safety law must reach the informal e-waste yards that the electronics industry depends on."
		},
		{
			title: "Trade rules hide the algorithm",
			text: "Source code clauses in the WTO e-commerce talks would stop labour inspectors from demanding access to the algorithms that manage workers. Unions must oppose trade rules that put algorithmic management beyond the reach of labour law."
		},
		{
			title: "Worker-owned platforms",
			text: "Cooperatives of drivers and domestic workers could run their own platforms if governments provided public digital infrastructure such as open dispatch software, payment systems and maps. Public support should go to worker-owned platforms, not only to start-ups."
		},
		{
			text: "Migrant workers depend on cheap phones and prepaid data packs to find jobs, send remittances and stay in touch with family, yet online job portals assume fast connectivity. Affordable access is a precondition for workers to use any digital labour service."
		},
		{
			title: "Right to disconnect",
			text: "Supervisors send instructions on messaging apps late into the night and expect instant replies, so the working day has no end. A legal right to disconnect must be part of every collective agreement."
		},
		{
			title: "Disinformation against unions",
			text: "During strikes, fake news about union leaders spreads through Facebook pages and WhatsApp forwards, sometimes paid for by employers. Unions need strategies to counter such disinformation and to build their own media."
		}
	],
	livelihoods: [
		{
			title: "Delivery apps squeeze small vendors",
			text: "Food delivery platforms take commissions of 20 to 30 percent from small eateries and street food vendors and decide who is visible on the app. Many small vendors now effectively work for the platform rather than for themselves."
		},
		{
			title: "Predatory pricing by e-commerce giants",
			text: "Big e-commerce companies sell below cost with investors' money until neighbourhood shops close, and then raise prices. Competition law must stop this monopoly strategy before local retail, which feeds millions of families, disappears."
		},
		{
			title: "Our transactions, their data",
			text: "Digital payment apps harvest the transaction data of small traders and then sell credit products back to them. Associations of informal workers should hold collective ownership of the data their members generate."
		},
		{
			title: "No ID, no ration",
			text: "Linking food rations and old-age pensions to digital ID has excluded homeless people, migrants and elderly people whose fingerprints do not match. Welfare must never be denied because of an authentication failure."
		},
		{
			text: "The push for a cashless economy assumes that everyone has a smartphone, a bank account and reliable connectivity. For daily wage earners in rural areas digital payments add fees and delays, so cash must remain a legal and accepted choice."
		},
		{
			title: "Algorithmic lending traps",
			text: "Fintech apps lend to informal workers within minutes, using algorithms that score people by their contacts, location and phone use. The result is predatory interest, public shaming of defaulters and discrimination against whole neighbourhoods."
		},
		{
			title: "Artisans' designs copied online",
			text: "Handloom and craft designs of artisan communities are photographed, copied by factories and sold cheaply on online marketplaces. Artisans need collective protection of traditional designs and direct channels to buyers."
		},
		{
			title: "A public marketplace for small producers",
			text: "Instead of pushing self-help groups onto private platforms, governments should build public digital infrastructure: a public marketplace, open payment rails and logistics support that small producers can use at low cost."
		},
		{
			text: "Smart city projects install CCTV and facial recognition in markets and use this surveillance to evict street vendors who lack licences. Vending zones are being decided by cameras and databases instead of town vending committees."
		},
		{
			title: "Waste pickers and e-waste",
			text: "Waste pickers collect and sort a growing share of discarded phones and computers, but earn little and are exposed to toxic substances. E-waste policy must recognise waste pickers' cooperatives and pay them for the service they provide."
		},
		{
			text: "Fisherfolk receive weather warnings and fish prices through private apps that collect their catch data and fishing locations. This information should come from public services, and the data should stay with fishing communities."
		},
		{
			title: "E-commerce rules threaten local retail",
			text: "The WTO e-commerce negotiations would stop governments from limiting foreign e-commerce giants or requiring them to have a local presence. This would open our retail sector, the largest employer after agriculture, to a handful of platforms."
		},
		{
			title: "Domestic work through apps",
			text: "Cleaning and care work is increasingly booked through apps that take a commission, rate workers by stars and do nothing when a worker is harassed in a client's home. Platform companies must be accountable for the safety of domestic workers."
		},
		{
			text: "In many self-help groups ten women share one phone and buy data in small packs, so online training and e-commerce schemes never reach them. Affordable connectivity and shared community access points are livelihood issues."
		},
		{
			title: "Skills for whom?",
			text: "Digital skills programmes train young people to become delivery riders and data entry operators for platforms. Livelihood programmes should instead build collective enterprises that keep value in the community."
		},
		{
			text: "Home-based sellers who trade through social media pages have no protection when the platform changes its rules or blocks their page overnight. Livelihoods cannot depend on the terms of service of a foreign company."
		},
		{
			title: "Evictions in the name of smart cities",
			text: "Urban renewal under the smart city banner is displacing informal settlements and markets, and residents are consulted only through online portals they cannot use. The right to the city must include the right to be heard offline."
		}
	],
	trade: [
		{
			title: "Stay out of the WTO e-commerce talks",
			text: "The plurilateral e-commerce negotiations launched at the WTO in January 2019 seek binding rules on cross-border data flows that most developing countries never agreed to negotiate. Southern governments should stay out and defend their policy space."
		},
		{
			title: "Source code clauses block accountability",
			text: "Clauses that ban governments from requiring access to source code and algorithms would make it impossible to audit algorithms for discrimination, safety or tax evasion. Such trade rules protect big tech, not consumers."
		},
		{
			title: "Data localisation is policy space",
			text: "Trade agreements increasingly prohibit data localisation requirements. Countries must keep the right to require that data about their citizens and economy is stored and processed locally, as a basis for digital industrialisation."
		},
		{
			text: "The WTO moratorium on customs duties on electronic transmissions costs developing countries large sums in lost tariff revenue as more goods, from software to films to 3D printing files, cross borders digitally. The moratorium must not be made permanent."
		},
		{
			title: "Data is the new raw material",
			text: "Like minerals in colonial times, data is extracted from the South and processed into value in the North. Trade policy must treat data as a national and community resource, with rights for communities over the data about them."
		},
		{
			title: "Trade rules lock in monopolies",
			text: "E-commerce rules written by and for a few American and Chinese tech giants would lock in their market concentration for decades. The right to regulate big tech monopolies through competition policy must be protected in every trade agreement."
		},
		{
			text: "Developing countries need the freedom to build public digital infrastructure, support local platforms and favour domestic firms in public procurement, as industrial policy has always done. Trade rules on state-owned enterprises and procurement close this route."
		},
		{
			title: "Secret mega-regional negotiations",
			text: "The e-commerce chapters of mega-regional agreements such as RCEP are negotiated in secret, and civil society sees only leaked texts. Parliaments and the public must be able to debate digital trade rules before they are signed."
		},
		{
			title: "Taxing digital giants",
			text: "Digital companies earn huge revenues in our countries without any permanent establishment and pay almost no tax here. Developing countries need the right to impose digital services taxes without facing trade disputes."
		},
		{
			text: "The e-commerce for development agenda promises that small exporters will reach global markets, while half of our people still lack connectivity and rural broadband is unaffordable. Closing the digital divide cannot be a pretext for liberalisation."
		},
		{
			title: "Free data flows, foreign surveillance",
			text: "When trade rules guarantee the free flow of personal data across borders, our citizens' data ends up in jurisdictions where foreign intelligence agencies have broad surveillance powers. Data protection must not be treated as a barrier to trade."
		},
		{
			title: "Services liberalisation and platform work",
			text: "Commitments on cross-border supply of services let platforms hire workers in our countries remotely without any local employer obligations. Platform work across borders must not become a loophole in labour protection."
		},
		{
			text: "Liberalising trade in so-called remanufactured goods would open the door to used electronics that quickly become e-waste in our countries. Trade rules must support the Basel Convention on hazardous waste, not weaken it."
		},
		{
			title: "Marketplaces that compete with their sellers",
			text: "Large e-commerce marketplaces use the sales data of small exporters to launch their own brands and bury those sellers in search results. Access to a dominant platform is not the same as market access."
		},
		{
			title: "Unequal negotiating capacity",
			text: "Most Southern trade missions in Geneva have one or two people covering every issue, while big tech lobbyists fill the room. Capacity building on digital trade must come from independent, public interest sources."
		},
		{
			text: "Technology transfer and special and differential treatment have disappeared from the digital trade agenda. Any digital trade framework must include binding commitments on technology transfer to developing countries."
		},
		{
			title: "Agricultural data must not flow freely",
			text: "Free data flow rules would let global agribusiness collect farm and seed data from our countries and process it abroad, deepening the dependence of our farmers. Agricultural data must stay under national and farmer control."
		}
	],
	gender: [
		{
			title: "Online violence is real violence",
			text: "Women and girls face harassment, threats and doxxing online, and platforms take weeks to respond to complaints in local languages, if they respond at all. Online gender-based violence must be recognised in law and platforms held to strict response times."
		},
		{
			title: "Stalkerware and intimate surveillance",
			text: "Husbands and partners install spy apps to track women's phones, while the state monitors feminist and LGBTQ activists. Surveillance in the home and surveillance by the state both restrict women's freedom and must be confronted together."
		},
		{
			title: "The gender digital divide",
			text: "In our region women are far less likely than men to own a mobile phone, and when they do, families often control its use. Affordable connectivity must come with a change in the social norms that keep women offline."
		},
		{
			text: "Beauticians, cleaners and care workers who find work through apps face sexual harassment in clients' homes with no support from the platform. Gig work for women must come with safety mechanisms and the right to refuse a job without losing ratings."
		},
		{
			title: "Care work is missing from the digital economy",
			text: "The digital economy celebrates efficiency while the unpaid care work of women that sustains it remains invisible and uncounted. Any digital justice agenda must value care work and invest in public care services."
		},
		{
			title: "Algorithms learn our biases",
			text: "Algorithms for hiring, credit and advertising learn from data shaped by patriarchy and then discriminate against women automatically. Gender audits of algorithmic decision making should be mandatory."
		},
		{
			title: "Widows excluded from pensions",
			text: "Linking widows' pensions and maternity benefits to digital ID has cut off women whose names are spelled differently across records or whose fingerprints fail. Exclusion from welfare falls hardest on the poorest women."
		},
		{
			text: "Menstrual tracking and pregnancy apps collect intimate health data and share it with advertisers and insurers. Women's bodies must not become a site of data extraction; women must control the data about their own bodies."
		},
		{
			title: "Trolled out of public life",
			text: "Coordinated disinformation and trolling campaigns target women journalists, politicians and activists with sexualised abuse and fake images. This misinformation is designed to push women out of public life."
		},
		{
			title: "Feminist community networks",
			text: "Women-led community networks and free Wi-Fi in safe public spaces show that connectivity can be run as public infrastructure, governed by the communities that use it. These efforts deserve public funding."
		},
		{
			text: "Non-consensual sharing of intimate images destroys lives and has driven young women to suicide, while police often blame the victim. Survivors need fast takedown, legal remedies and police trained to respond."
		},
		{
			title: "Silicon Valley decides what is decent",
			text: "Content rules written by a few big tech monopolies decide which images of women's bodies are allowed, removing breastfeeding photos while leaving abuse online. A handful of companies should not set global norms on sexuality."
		},
		{
			text: "Digital literacy for women is usually reduced to using apps and mobile banking. Feminist digital literacy must also teach women about privacy, power and how to challenge the systems that control them."
		},
		{
			title: "Real name policies endanger queer people",
			text: "Real name rules and data leaks from dating apps have exposed queer and trans people to the police and to their families. Anonymity online is a matter of physical safety for sexual minorities."
		},
		{
			title: "Women at both ends of the electronics chain",
			text: "Young women assemble phones in factories where they are exposed to chemicals, and poor women dismantle the same phones as e-waste at the end of their life. The environmental cost of electronics is carried by women's bodies."
		},
		{
			text: "Women farmers are missing from land records and agricultural databases, so digital agri-services and subsidies reach men as the default account holders. Data systems must count women as producers."
		},
		{
			title: "Consent as a feminist principle",
			text: "Consent must be the basis of every digital interaction, from sharing images to collecting data, and it must be meaningful rather than a box ticked under pressure."
		}
	],
	farming: [
		{
			title: "Biopiracy through digital sequence data",
			text: "Seed companies upload the genetic sequences of farmers' varieties to databases and patent traits without ever touching the physical seed. Digital sequence information must be covered by farmers' rights and benefit sharing."
		},
		{
			title: "Who owns farm data?",
			text: "Tractors, soil sensors and precision agriculture apps collect data on soil, yields and practices that goes straight to agribusiness servers. Farmers and their communities must own farm data and decide collectively how it is used."
		},
		{
			title: "Seed, chemicals and data in one hand",
			text: "The mergers of giant seed and agrochemical companies now combine seeds, pesticides and digital farming platforms under a few corporations. This concentration of market power over our food system must be broken up."
		},
		{
			text: "Agri-platforms promise farmers better prices by cutting out middlemen, but they become the new middlemen, setting prices with algorithms farmers cannot see. Farmers need their own cooperative marketing platforms."
		},
		{
			title: "Land records and dispossession",
			text: "Digitisation of land records is erasing customary and collective tenure, and errors in the new databases are used to take land from small farmers and indigenous peoples. No land record should be digitised without community verification."
		},
		{
			title: "Extension without signal",
			text: "Governments are replacing extension workers with mobile advisory apps, but many villages have no connectivity and women farmers rarely own smartphones. The rural digital divide is becoming a gap in agricultural knowledge."
		},
		{
			text: "Weather data, soil maps and crop advisories produced with public money should be digital public goods, freely available to farmers, not licensed to private agri-tech companies that sell them back to us."
		},
		{
			title: "Satellite data decides crop insurance",
			text: "Crop insurance schemes use satellite images and automated models to assess losses, and farmers whose fields were destroyed are told the algorithm found no damage. Farmers must be able to challenge these automated decisions."
		},
		{
			title: "Subsidies lost to authentication",
			text: "Fertiliser subsidies and income support are now paid only after biometric authentication against a digital ID, and tenant farmers without land titles are excluded from these welfare schemes altogether."
		},
		{
			text: "E-commerce rules at the WTO would allow foreign agri-platforms to operate freely in our countries while banning requirements to store farm data locally. Food sovereignty needs data sovereignty."
		},
		{
			title: "Drones over our fields",
			text: "Drones and satellites monitor land use, and this surveillance has been used to identify and evict communities farming land under customary rights. Monitoring technologies must not become tools of land grabbing."
		},
		{
			title: "Right to repair our machines",
			text: "Farmers cannot repair their own tractors and pumps because the software is locked by the manufacturer. Repair must remain possible for farmers and village mechanics."
		},
		{
			text: "Traditional knowledge about seeds, medicinal plants and farming practices is being entered into digital databases without the consent of the communities who hold it. Documentation must follow free, prior and informed consent."
		},
		{
			title: "Farmer-to-farmer knowledge",
			text: "Agroecology spreads best from farmer to farmer, and digital tools should support peasant networks to share seeds and knowledge, not push a single package of purchased inputs."
		},
		{
			title: "A peasant data commons",
			text: "Farmers' cooperatives can pool their data in a commons governed by the members themselves, so that data ownership strengthens small producers rather than agribusiness."
		},
		{
			text: "Data centres and chip factories compete with agriculture for water in drought-prone regions, and mining for device minerals takes land from farming communities. The environmental cost of the digital economy is paid in rural areas."
		},
		{
			title: "Rumours and fake inputs on WhatsApp",
			text: "Fake seeds and pesticides are marketed to farmers through social media and messaging groups with false claims, and there is no one to complain to. Misinformation in rural areas ruins harvests as well as elections."
		}
	],
	health: [
		{
			title: "Patient data is not for sale",
			text: "Public hospitals are handing patient records to private companies to train artificial intelligence in the name of partnerships. Health data generated in public systems must remain a public resource, with patients and communities holding collective rights over it."
		},
		{
			title: "Insurance by algorithm",
			text: "Private health insurers use algorithms and data from fitness apps and online purchases to price risk, so the sick and poor pay more or are refused cover. Health insurance must be based on solidarity, not data-driven discrimination."
		},
		{
			title: "Telemedicine is not a substitute for doctors",
			text: "Governments promote telemedicine in rural areas as a reason not to post doctors and nurses there. Telemedicine should complement, never replace, functioning public health facilities."
		},
		{
			text: "Making digital ID mandatory for TB treatment, maternity benefits and hospital admission has excluded patients who cannot authenticate. Nobody should be denied health care or welfare for lack of a digital identity."
		},
		{
			title: "Surveillance of key populations",
			text: "Databases of people living with HIV, sex workers and people who use drugs are shared with the police and used for surveillance and harassment. Health data of key populations requires the strongest protection."
		},
		{
			title: "Big tech wants our health",
			text: "Google, Amazon and other big tech companies are moving into health records, diagnostics and pharmacy, aiming for a monopoly over health data. Public health systems must not become dependent on a few platforms."
		},
		{
			text: "Trade rules on source code and free data flows would stop regulators from auditing medical algorithms and let health data leave the country without safeguards. Health must be carved out of digital trade agreements."
		},
		{
			title: "Public health information systems",
			text: "Open-source health information systems built as digital public goods have served public health better than proprietary software. Health ministries should invest in public digital infrastructure that they control."
		},
		{
			title: "Health workers pay for connectivity",
			text: "Community health workers must report through mobile apps, but they pay for phones and data packs out of tiny honoraria, and the signal in remote villages is weak. Connectivity for frontline health work must be publicly funded."
		},
		{
			text: "Community health workers have become unpaid data collectors whose time goes into app forms rather than care. Meanwhile nurses and doctors are hired on demand through platforms, without stable jobs or benefits."
		},
		{
			title: "Health misinformation kills",
			text: "False cures and anti-vaccine messages spread on WhatsApp and Facebook faster than public health campaigns, and outbreaks follow. Platforms must act on health misinformation in local languages."
		},
		{
			title: "Diagnostic AI trained elsewhere",
			text: "Diagnostic algorithms trained on data from Northern populations perform worse on our patients, with darker skin or different disease profiles. Algorithmic bias in health care can kill."
		},
		{
			text: "Unregulated online pharmacies and digital marketing of medicines encourage self-medication and the misuse of antibiotics. Drug regulation must cover online sales and advertising."
		},
		{
			title: "E-waste poisons children",
			text: "Children living near e-waste dumps have high levels of lead and other toxic metals in their blood. The health cost of burning discarded electronics must be borne by the manufacturers."
		},
		{
			text: "Scarce health budgets are spent on digital pilots and apps promoted by donors and vendors, while primary health centres lack medicines and staff."
		},
		{
			title: "Consent in health research",
			text: "Patient data are used for research and commercial AI without meaningful consent or ethical review. Collective consent from communities must be required for any secondary use of health data."
		},
		{
			text: "Mental health apps collect deeply personal information and offer scripted advice in place of counselling. Mental health care must remain human and publicly provided."
		}
	],
	education: [
		{
			title: "Free edtech is not free",
			text: "Schools adopt free education products from big tech companies, and in return students' data and attention are captured from childhood. Public education must not become a market for data extraction."
		},
		{
			title: "Student data rights",
			text: "Learning apps record every answer, mistake and minute of a child's study, and this data is used to profile children and market to their parents. Students and parents need enforceable rights over student data."
		},
		{
			title: "Schools without connectivity",
			text: "Most rural schools in our countries have no connectivity and unreliable electricity, while education policy assumes online homework and digital textbooks. The digital divide becomes a learning divide."
		},
		{
			text: "Open educational resources produced with public funds and openly licensed are digital public goods, and they should be the backbone of public digital infrastructure for education instead of proprietary platforms."
		},
		{
			title: "Ranked by algorithm",
			text: "Automated assessment and algorithmic ranking of students and schools reproduce disadvantages of class, caste and language. Decisions on admissions and scholarships must not be left to opaque algorithms."
		},
		{
			title: "Cameras in classrooms",
			text: "CCTV in classrooms, biometric attendance and monitoring of students' social media turn schools into spaces of surveillance. Children learn obedience rather than freedom."
		},
		{
			text: "Low-fee private school chains use tablets with scripted lessons, replacing trained teachers with cheaper staff who read from screens. This investor-financed privatisation undermines the right to free public education."
		},
		{
			title: "Tutors on demand",
			text: "Online tutoring platforms hire teachers as gig workers paid per session, and governments cite them to justify not hiring permanent teachers. Teaching is being turned into platform work."
		},
		{
			text: "Trade rules on services and e-commerce would open education to foreign online providers and limit the ability of governments to regulate them. Education is a public service and must be kept out of trade agreements."
		},
		{
			title: "Critical digital literacy",
			text: "Students must learn to recognise misinformation and understand how platforms profit from it. Critical digital literacy belongs in every curriculum and cannot be left to fact-checking by tech companies."
		},
		{
			text: "Scholarships and school meals linked to digital ID have excluded children whose records do not match, especially children of migrants and tribal communities."
		},
		{
			title: "Coding is not enough",
			text: "The rush to teach every child to code narrows education to job skills for the tech industry. Education must build critical thinking, citizenship and the arts as well."
		},
		{
			title: "Laptop schemes become e-waste",
			text: "Government laptop and tablet schemes distribute devices that break within two years and pile up as e-waste in school storerooms. Procurement must require durability, repairability and take-back."
		},
		{
			text: "Teachers are losing professional autonomy as learning management systems dictate lesson plans and track their performance minute by minute."
		},
		{
			title: "Learning in our own languages",
			text: "Almost all digital learning content is in English or a few dominant languages, leaving behind children who speak indigenous and minority languages."
		},
		{
			title: "Universities and big tech funding",
			text: "Public universities increasingly depend on cloud services, grants and research partnerships from big tech companies, which shape research agendas, lock universities into their platforms and deepen the market dominance of a few firms."
		},
		{
			text: "Children's rights online must include protection from commercial targeting and a right to play and explore, not only protection from harmful content."
		}
	],
	environment: [
		{
			title: "The thirst of data centres",
			text: "Data centres consume huge amounts of energy and water, and they are being sited in regions already facing drought. The environmental cost of the cloud must be measured and disclosed."
		},
		{
			title: "Stop e-waste dumping",
			text: "Millions of tonnes of e-waste are shipped from rich countries to our ports as second-hand goods and end up burned in open dumps. Producers must take back and safely recycle what they sell."
		},
		{
			title: "Minerals for devices",
			text: "Cobalt, lithium and rare earths for phones and batteries are mined on indigenous lands, with water pollution and violence against communities. The digital transition cannot be built on a new extractivism."
		},
		{
			text: "Biodiversity and environmental data, including satellite imagery and sensor readings from indigenous territories, is collected by corporations and conservation agencies without consent. Communities must have rights over environmental data about their lands."
		},
		{
			title: "Surveillance of land defenders",
			text: "Environmental defenders resisting mines and dams are tracked through their phones and social media, and some have been killed after their movements were monitored. Surveillance of activists must end."
		},
		{
			title: "Big tech's green claims",
			text: "Big tech companies claim to run on renewable energy while buying offsets and expanding without limit. Their market dominance lets them shape energy policy for data centres in their own interest."
		},
		{
			text: "Air quality monitors, water data and pollution records should be public environmental data, held as a commons and available to communities, not locked inside private smart city platforms."
		},
		{
			title: "Early warning needs connectivity",
			text: "Coastal and mountain communities facing cyclones and floods need reliable connectivity for early warnings, yet they are the last to be connected. Climate adaptation must include affordable rural networks."
		},
		{
			title: "Planned obsolescence",
			text: "Phones are designed to be replaced every two years, with glued-in batteries and software updates that stop. A right to repair and longer device lifetimes are essential for the environment."
		},
		{
			text: "Trade negotiators are pushing to liberalise trade in remanufactured and used electronics, which would legalise more e-waste flows to the South under the cover of free trade."
		},
		{
			title: "Climate risk algorithms",
			text: "Insurers and investors use algorithmic climate risk scores that mark vulnerable communities as uninsurable. Algorithmic decisions on climate risk must not abandon those least responsible for the crisis."
		},
		{
			text: "Cryptocurrency mining uses as much electricity as whole countries for no social purpose. Energy-hungry digital activity must be regulated."
		},
		{
			title: "Technofixes are not climate justice",
			text: "Smart grids and sensors are sold as climate solutions while consumption keeps rising. Climate justice needs less consumption in rich countries, not only more efficient technology."
		},
		{
			text: "Delivery platforms have filled our cities with motorbikes and single-use packaging, and gig riders breathe polluted air all day. The environmental cost of on-demand platform delivery is hidden in its price."
		},
		{
			title: "Impact assessment for digital infrastructure",
			text: "Undersea cables, towers and server farms are built without environmental impact assessment or consultation. Digital infrastructure must follow the same environmental rules as any other infrastructure."
		},
		{
			title: "Climate disinformation",
			text: "Climate denial and misinformation spread through social media, often funded by fossil fuel interests, while the platforms profit from the engagement."
		},
		{
			text: "Indigenous knowledge of ecosystems holds solutions for climate adaptation and must be respected on its own terms, not digitised and extracted for carbon markets."
		}
	],
	peace: [
		{
			title: "Checkpoints with facial recognition",
			text: "In occupied and conflict areas, facial recognition cameras at checkpoints and mass surveillance of phones control the movement of entire populations. This technology must be banned in such settings."
		},
		{
			title: "Platforms and incitement",
			text: "Hate speech on Facebook fuelled violence against the Rohingya in Myanmar, while the company had few moderators who understood the language. Platforms must be accountable for amplifying incitement."
		},
		{
			title: "Ban killer robots",
			text: "Autonomous weapons that select and kill targets without human control are being developed by major military powers. We support a binding treaty to ban them."
		},
		{
			text: "Cyber attacks on power grids, hospitals and water systems put civilians at risk. The militarisation of cyberspace must be halted and civilian infrastructure protected in law."
		},
		{
			title: "Refugees' biometric data",
			text: "Refugees must give fingerprints and iris scans to receive food aid, and their biometric data can be shared with the governments they fled. Stateless people without a digital ID are excluded from welfare and humanitarian aid altogether."
		},
		{
			title: "Shutdowns in conflict zones",
			text: "Internet shutdowns in conflict zones cut people off from family, news, medical help and livelihoods for months at a time. Connectivity is a lifeline, and shutdowns are collective punishment."
		},
		{
			text: "Humanitarian agencies and their tech partners collect vast amounts of data from displaced communities with little real consent. Affected communities must have rights over humanitarian data about them."
		},
		{
			title: "Big tech in the war business",
			text: "Big tech companies compete for military cloud and artificial intelligence contracts, and their monopoly over data and computing makes them part of the war machine."
		},
		{
			title: "Targeted by algorithm",
			text: "Drone strikes based on phone metadata and predictive policing that profiles minorities show how algorithmic decisions about suspicion discriminate and kill. No one should be targeted by an algorithm."
		},
		{
			text: "Dialogue platforms and community radio have helped bring divided communities together after conflict. Peacebuilding can use digital tools that are locally owned and trusted."
		},
		{
			title: "Community networks in crisis",
			text: "When commercial networks fail or are shut down during conflicts and disasters, community networks and public digital infrastructure keep people connected. They must be legally recognised and supported."
		},
		{
			title: "Stop the surveillance trade",
			text: "Companies export spyware and surveillance equipment to repressive governments that use them against dissidents and minorities. Export controls on surveillance technology must be enforced."
		},
		{
			text: "Mining of tin, tantalum and gold for electronics finances armed groups in conflict regions. The electronics industry must take responsibility for its supply chains."
		},
		{
			title: "Content moderators carry the trauma",
			text: "Outsourced content moderators in the South review killings and abuse for platforms at low pay and with no psychological support. This platform work must be recognised as hazardous."
		},
		{
			text: "Norms on cyber security are negotiated among a few powerful states, with no voice for the countries and communities most affected by cyber conflict."
		},
		{
			title: "Women peacebuilders attacked online",
			text: "Women peacebuilders face coordinated online attacks and threats meant to silence them. Their protection must be part of every peace agenda."
		},
		{
			text: "Disinformation campaigns in fragile states inflame ethnic and religious tensions, and rumours on messaging apps have led to lynchings."
		}
	],
	media: [
		{
			title: "Algorithms reward outrage",
			text: "News feed algorithms reward sensational and false content because it generates engagement, so misinformation travels further than verified journalism."
		},
		{
			title: "The advertising duopoly",
			text: "Google and Facebook take most digital advertising revenue, and local newspapers and radio stations are closing. This monopoly over advertising is destroying independent journalism."
		},
		{
			title: "Media capture",
			text: "Media ownership is concentrated among businesses close to ruling parties, and paid troll armies attack independent journalists online. Media capture and online disinformation work hand in hand."
		},
		{
			text: "Journalists have found spyware on their phones, and their sources have been identified through communications surveillance. Source protection is impossible without strong encryption and limits on state surveillance."
		},
		{
			title: "Zero-rating is a walled garden",
			text: "Zero-rating schemes such as Free Basics give poor users free access to one platform instead of the internet, while rural communities still lack real connectivity. Public investment in affordable access serves journalism and citizens better."
		},
		{
			title: "Public service media for the digital age",
			text: "Public service media should build public digital infrastructure, such as public interest platforms for news and archives, instead of depending on commercial social media for distribution."
		},
		{
			text: "Content in minority languages is rarely promoted by platform algorithms and is often wrongly removed by automated moderation. Algorithmic curation discriminates against smaller linguistic communities."
		},
		{
			title: "Our audience, their data",
			text: "Platforms collect all the data about our audiences and share little with newsrooms, which then have to pay to reach their own readers. Media organisations need ownership and control of their audience data."
		},
		{
			title: "Journalists as gig workers",
			text: "Many journalists now work as freelancers paid per click or per piece for content farms and platforms, with no contracts or protection. Precarious platform work weakens the independence of the press."
		},
		{
			text: "Copyright reforms that force platforms to filter uploads will hit citizen journalists and small media, while big companies negotiate their own deals."
		},
		{
			title: "Dependence on platform fact-checking",
			text: "Fact-checking organisations increasingly depend on funding and data from the same platforms they are meant to hold accountable."
		},
		{
			text: "Community radio stations still struggle for licences and spectrum, even though they reach rural audiences that digital media does not."
		},
		{
			title: "Safe harbour in trade deals",
			text: "Trade agreements now include clauses that lock in platform immunity from liability, preventing countries from making platforms responsible for the disinformation and hate speech they profit from."
		},
		{
			text: "Fake news laws are being used to jail journalists and block critical websites, all in the name of fighting misinformation."
		},
		{
			title: "Local content matters",
			text: "Local news and cultural content in our own languages is starved of funds, while global streaming and social media platforms dominate attention."
		},
		{
			title: "Website blocking",
			text: "Governments block news websites and social media during elections and protests without judicial orders. Blocking must be transparent, necessary and open to appeal."
		},
		{
			text: "The energy and e-waste footprint of streaming and digital media is rarely reported by the media themselves. Journalists should cover the environmental cost of the digital economy, including data centres."
		}
	],
	democracy: [
		{
			title: "Elections hijacked on WhatsApp",
			text: "Political parties run thousands of WhatsApp groups that spread disinformation and hate during elections, and Cambridge Analytica showed how personal data can be used to micro-target voters. Electoral law must cover digital campaigning."
		},
		{
			title: "Mass surveillance without a law",
			text: "Many of our countries have no data protection law, yet the state is building databases that link phones, travel and social media, and facial recognition is used at protests. Surveillance without legal limits is incompatible with democracy."
		},
		{
			title: "Digital ID and the voter roll",
			text: "Linking voter lists to the digital ID database has led to mass deletion of voters, mostly poor and minority citizens. Digital ID must not become a tool to exclude people from voting or from welfare."
		},
		{
			text: "Big tech monopolies now hold more economic and political power than many states, and their lobbying shapes our laws. Breaking their dominance is a democratic task, not only an economic one."
		},
		{
			title: "Public infrastructure under democratic control",
			text: "Digital systems that have become essential, such as payments, identity and communication, should be public digital infrastructure under democratic and transparent governance, not private monopolies."
		},
		{
			title: "Collective data rights",
			text: "Individual consent cannot protect us when data about whole communities is extracted and analysed. Communities need collective data rights and public data trusts that decide how data is used in the public interest."
		},
		{
			text: "Governments use algorithms to decide who gets welfare, who is a tax risk and who is a suspect, without explaining how. Automated decision making by the state needs transparency, due process and a right to human review."
		},
		{
			title: "Shutdowns silence citizens",
			text: "Internet shutdowns during protests and elections cut citizens off from information and from organising. Connectivity is now a condition of democratic participation."
		},
		{
			title: "Trade deals bypass parliaments",
			text: "Digital trade rules negotiated in secret at the WTO and in regional agreements take decisions on data and platforms away from parliaments for decades. Digital policy must be made democratically."
		},
		{
			text: "Electronic voting machines and digital vote counting must be transparent and verifiable, with paper trails that citizens can audit."
		},
		{
			title: "Cybercrime laws against dissent",
			text: "Vague cybercrime and sedition laws are used to arrest people for social media posts, shrinking civic space online."
		},
		{
			text: "Public consultations held only online exclude those without access or skills. E-participation must complement, not replace, public hearings."
		},
		{
			title: "Who governs the internet?",
			text: "Global internet governance forums are dominated by corporations under the label of multistakeholderism, while Southern governments and people's movements have little voice."
		},
		{
			text: "Political advertising on social media must be transparent, with public libraries of ads showing who paid and who was targeted."
		},
		{
			title: "Right to information for algorithms",
			text: "Right to information laws must extend to the algorithms and source code used by public authorities, so that citizens can scrutinise them."
		},
		{
			text: "Media capture by pro-government owners and online troll armies has made it hard for citizens to get independent information before elections."
		},
		{
			title: "Public data for the public good",
			text: "Data held by governments on transport, land and public services should be open where it empowers citizens, but never sold to private companies."
		}
	]
};
