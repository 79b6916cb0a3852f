// The words of generated chats: what customers contact the centre about, and the lines both sides say. Each topic's
// opening complaint holds its issue's words and its category's words, so that the analysis can point at them.

export interface Topic {
  /** The customer's first message; `{order}` becomes an order number, `{pii}` a card number or an email. */
  readonly opener: string;
  /** Words of the opener that the analysis detects as the issue. */
  readonly issue: string;
  /** The category that matches, and words of the opener it points at. */
  readonly category: string;
  readonly categoryWords: string;
  /** More of the customer's side, and the agent's. */
  readonly customer: readonly string[];
  readonly agent: readonly string[];
  /** The post-contact summary; `{customer}` and `{agent}` become their names. */
  readonly summary: string;
}

export const TOPICS: readonly Topic[] = [
  {
    opener: "I was charged twice for order {order}. My card {pii} shows two payments, please refund me.",
    issue: "charged twice",
    category: "refund-request",
    categoryWords: "refund me",
    customer: ["Both payments went through yesterday.", "Can you see the second charge?", "How long will it take?"],
    agent: [
      "I can see the duplicate payment on your order.",
      "I have refunded the second payment.",
      "The money will be back within 3-5 business days.",
    ],
    summary: "{customer} was charged twice for one order; {agent} refunded the duplicate payment.",
  },
  {
    opener: "My order {order} has not arrived, it was due last week. Where is my parcel?",
    issue: "has not arrived",
    category: "late-delivery",
    categoryWords: "due last week",
    customer: [
      "The tracking page has not changed for days.",
      "I need it before the weekend.",
      "Can you send it again?",
    ],
    agent: [
      "The carrier shows the parcel held at the depot.",
      "I have asked the carrier to deliver it tomorrow.",
      "I can send a replacement if it does not arrive.",
    ],
    summary: "{customer}'s parcel was late; {agent} chased the carrier and offered a replacement.",
  },
  {
    opener: "I cannot log in to my account, the password reset email never comes. It goes to {pii}.",
    issue: "cannot log in",
    category: "account-access",
    categoryWords: "password reset",
    customer: ["I checked the spam folder too.", "It worked last month.", "Got it, I am in now."],
    agent: ["I have sent a new reset link.", "The link is valid for one hour.", "Please try a private browser window."],
    summary: "{customer} could not log in; {agent} sent a new password reset link that worked.",
  },
  {
    opener: "I want to cancel my subscription, the price went up again and I was not told.",
    issue: "price went up",
    category: "cancellation",
    categoryWords: "cancel my subscription",
    customer: ["I have been a customer for three years.", "A discount might change my mind.", "Fine, I will stay."],
    agent: [
      "I understand, that is frustrating.",
      "I can offer you 20% off for the next twelve months.",
      "Your plan now shows the discount.",
    ],
    summary: "{customer} wanted to cancel over a price rise; {agent} kept them with a twelve-month discount.",
  },
  {
    opener: "The blender from order {order} arrived broken, the jug is cracked. I would like a replacement.",
    issue: "arrived broken",
    category: "return-request",
    categoryWords: "a replacement",
    customer: ["I have a photo of it.", "The box was damaged too.", "Do I need to send the old one back?"],
    agent: [
      "I am sorry it arrived like that.",
      "A replacement is on its way, no need to return the broken one.",
      "You will get a tracking number by email.",
    ],
    summary: "{customer}'s blender arrived broken; {agent} sent a replacement without a return.",
  },
  {
    opener: "Can I upgrade my plan today? I keep running out of storage on the basic plan.",
    issue: "running out of storage",
    category: "upgrade",
    categoryWords: "upgrade my plan",
    customer: ["What does the next plan cost?", "Does it include more users?", "OK, let's do it."],
    agent: [
      "The premium plan has ten times the storage.",
      "It includes five users.",
      "Your account is upgraded from today.",
    ],
    summary: "{customer} ran out of storage; {agent} upgraded the plan to premium.",
  },
];

export const CUSTOMER_FILLER: readonly string[] = [
  "OK.",
  "Thanks.",
  "Sure, one moment.",
  "Yes, that's right.",
  "Hmm, I'm not sure.",
  "Could you explain that again?",
  "Sorry, I was away for a minute.",
  "That would be great.",
];

export const AGENT_FILLER: readonly string[] = [
  "Let me check that for you.",
  "One moment please.",
  "Thanks for waiting.",
  "Could you confirm your full name?",
  "I'm looking at your account now.",
  "Is there anything else I can help with?",
  "Thank you for your patience.",
];

export const CUSTOMER_NAMES: readonly string[] = [
  "Dana",
  "Lee",
  "Ana",
  "Omar",
  "Mia",
  "Kofi",
  "Yuki",
  "Noah",
  "Ines",
  "Ravi",
  "Zoe",
  "Pavel",
  "Lina",
  "Tom",
];

export const AGENT_NAMES: readonly string[] = ["Sam", "Alex", "Priya", "Jon", "Maria", "Chen", "Sofia", "Ben"];

export const ATTACHMENT_NAMES: readonly { name: string; contentType: string }[] = [
  { name: "receipt.pdf", contentType: "application/pdf" },
  { name: "photo.jpg", contentType: "image/jpeg" },
  { name: "screenshot.png", contentType: "image/png" },
];
