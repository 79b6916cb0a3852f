// Where the fake keeps its instances and contacts. Behaviour reads contacts as values and saves new ones; a store
// only keeps them. The in-memory store is the default; another (a file, a database) implements the same interface.
import type { Contact } from "./contact.js";

export interface FakeStore {
  /** Adds an instance; false when it exists already. */
  addInstance(instanceId: string): boolean;
  hasInstance(instanceId: string): boolean;
  /** Removes an instance and its contacts; false when there was none. */
  removeInstance(instanceId: string): boolean;
  /** Adds a contact to an existing instance; false when the contact exists already. */
  addContact(contact: Contact): boolean;
  getContact(instanceId: string, contactId: string): Contact | undefined;
  /** Replaces a contact that exists. */
  saveContact(contact: Contact): void;
  removeContact(instanceId: string, contactId: string): boolean;
  contacts(): Contact[];
  clear(): void;
}

export class InMemoryStore implements FakeStore {
  readonly #instances = new Map<string, Map<string, Contact>>();

  addInstance(instanceId: string): boolean {
    if (this.#instances.has(instanceId)) return false;
    this.#instances.set(instanceId, new Map());
    return true;
  }

  hasInstance(instanceId: string): boolean {
    return this.#instances.has(instanceId);
  }

  removeInstance(instanceId: string): boolean {
    return this.#instances.delete(instanceId);
  }

  addContact(contact: Contact): boolean {
    const contacts = this.#contactsOf(contact.instanceId);
    if (contacts.has(contact.contactId)) return false;
    contacts.set(contact.contactId, contact);
    return true;
  }

  getContact(instanceId: string, contactId: string): Contact | undefined {
    return this.#instances.get(instanceId)?.get(contactId);
  }

  saveContact(contact: Contact): void {
    const contacts = this.#contactsOf(contact.instanceId);
    if (!contacts.has(contact.contactId)) {
      throw new Error(`contact ${contact.contactId} of instance ${contact.instanceId} does not exist`);
    }
    contacts.set(contact.contactId, contact);
  }

  removeContact(instanceId: string, contactId: string): boolean {
    return this.#instances.get(instanceId)?.delete(contactId) ?? false;
  }

  contacts(): Contact[] {
    return [...this.#instances.values()].flatMap((contacts) => [...contacts.values()]);
  }

  clear(): void {
    this.#instances.clear();
  }

  #contactsOf(instanceId: string): Map<string, Contact> {
    const contacts = this.#instances.get(instanceId);
    if (contacts === undefined) throw new Error(`instance ${instanceId} does not exist`);
    return contacts;
  }
}
