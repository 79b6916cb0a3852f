// The built-in `demo` scenario: a customer charged twice asks for a refund, and gets it. About 21 seconds at speed 1,
// the summary that follows the end of the chat included.
// Its ids are fixed, so that a client can be pointed at the conversation before it starts.

export const DEMO_INSTANCE_ID = "7c2f9a4e-51d3-4b8a-9e6f-0d1c2b3a4f5e";
export const DEMO_CONTACT_ID = "c0ffee00-1d2e-4f3a-8b4c-5d6e7f8a9b0c";

export const JOINED_EVENT = "application/vnd.amazonaws.connect.event.participant.joined";
export const LEFT_EVENT = "application/vnd.amazonaws.connect.event.participant.left";

export const demoScenario = {
  name: "demo",
  description: "A customer charged twice for one order asks for a refund; the agent resolves it.",
  contacts: [
    {
      instanceId: DEMO_INSTANCE_ID,
      contactId: DEMO_CONTACT_ID,
      channel: "CHAT",
      redactionPolicy: "RAW_AND_REDACTED",
      participants: {
        customer: { id: "cust-dana-7f3a", role: "CUSTOMER", displayName: "Dana" },
        agent: { id: "agent-sam-0011", role: "AGENT", displayName: "Sam" },
      },
      timeline: [
        { at: 0, event: { participant: "customer", type: JOINED_EVENT } },
        { at: 800, event: { participant: "agent", type: JOINED_EVENT } },
        {
          at: 1500,
          id: "msg-greeting",
          message: {
            participant: "agent",
            text: "Hi Dana, thanks for contacting Acme Support. How can I help you today?",
            sentiment: "NEUTRAL",
          },
        },
        {
          at: 4000,
          id: "msg-complaint",
          message: {
            participant: "customer",
            text: "I was charged twice for my order! My card 4111 1111 1111 1111 shows two payments of $59.99. Send the receipt to dana.lee@example.com and refund me, please.",
            sentiment: "NEGATIVE",
            pii: ["4111 1111 1111 1111", "dana.lee@example.com"],
          },
        },
        { at: 5000, issues: [{ message: "msg-complaint", words: "charged twice" }] },
        { at: 5500, categories: { "refund-request": [{ message: "msg-complaint", words: "refund me" }] } },
        {
          at: 7000,
          attachments: {
            participant: "customer",
            files: [
              {
                name: "receipt-order-4471.pdf",
                id: "att-receipt-4471",
                contentType: "application/pdf",
                status: "APPROVED",
              },
            ],
          },
        },
        { at: 7600, message: { participant: "customer", text: "Here is the receipt.", sentiment: "NEUTRAL" } },
        {
          at: 8200,
          extracted: {
            definition: "duplicate-amount",
            name: "DuplicateAmount",
            label: "Amount charged twice",
            values: [{ message: "msg-complaint", words: "$59.99" }],
          },
        },
        {
          at: 10500,
          message: {
            participant: "agent",
            text: "I'm sorry about that, Dana. I can see the duplicate charge of $59.99 on your order.",
            sentiment: "NEUTRAL",
          },
        },
        {
          at: 13500,
          message: {
            participant: "agent",
            text: "I've refunded the second payment. It will be back on your card within 3-5 business days.",
            sentiment: "POSITIVE",
          },
        },
        {
          at: 16000,
          message: {
            participant: "customer",
            text: "That's great, thank you so much for the quick help!",
            sentiment: "POSITIVE",
          },
        },
        {
          at: 18000,
          message: {
            participant: "agent",
            text: "You're welcome! Is there anything else I can help with?",
            sentiment: "POSITIVE",
          },
        },
        {
          at: 19500,
          message: { participant: "customer", text: "No, that's all. Have a nice day!", sentiment: "POSITIVE" },
        },
        { at: 20500, event: { participant: "customer", type: LEFT_EVENT } },
      ],
      end: { at: 20500, status: "COMPLETED" },
      // The card number repeats a message's personal data: the Redacted summary masks it as the message does.
      summary: {
        after: 500,
        text: "Dana was charged twice ($59.99) for one order on card 4111 1111 1111 1111; Sam refunded the duplicate payment.",
      },
    },
  ],
} as const;

/** Built-in scenarios by name. */
export const BUILT_IN_SCENARIOS: Readonly<Record<string, unknown>> = { demo: demoScenario };
