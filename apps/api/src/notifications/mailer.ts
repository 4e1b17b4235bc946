import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

/** Sends e-mail through SMTP when MAIL_URL is set; without it, e-mails go to the log. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.MAIL_URL ? createTransport(config.MAIL_URL) : null;
  }

  async send(to: string, subject: string, text: string): Promise<void> {
    if (!this.transport) {
      this.logger.log({ to, subject, text }, 'E-mail (not sent: MAIL_URL is not set)');
      return;
    }
    await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject, text });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
