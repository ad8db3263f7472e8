from typing import Optional

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='item_pkey'),
        Index('item_code_gin', postgresql_using='gin'),
        Index('item_code_idx', 'code'),
        Index('item_label_hash', 'label', postgresql_using='hash'),
        Index('item_label_idx', 'label', 'owner_id', unique=True),
        Index('item_owner_hash', 'owner_id', postgresql_using='hash')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    label: Mapped[Optional[str]] = mapped_column(Text)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
