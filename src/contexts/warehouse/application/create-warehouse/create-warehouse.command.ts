import { Command } from '@nestjs/cqrs';
import { NewWarehouse } from '../../domain/warehouse/warehouse.aggregate';

/** Opens an active warehouse; answers its code, normalised. */
export class CreateWarehouse extends Command<string> {
  constructor(readonly warehouse: NewWarehouse) {
    super();
  }
}
