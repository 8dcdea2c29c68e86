import { Module } from '@nestjs/common';
import { AssignmentItemWorkResolver, ItemCommentsResolver } from './item-comments.resolver';
import { ItemCommentsService } from './item-comments.service';

@Module({ providers: [ItemCommentsService, ItemCommentsResolver, AssignmentItemWorkResolver] })
export class ItemCommentsModule {}
