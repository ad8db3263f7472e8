from typing import Optional
import decimal

from sqlalchemy import Computed, DECIMAL, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class People(Base):
    __tablename__ = 'people'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    first_name: Mapped[str] = mapped_column(String(50), nullable=False)
    last_name: Mapped[str] = mapped_column(String(50), nullable=False)
    full_name: Mapped[Optional[str]] = mapped_column(String(101), Computed("(concat(`first_name`,' ',`last_name`))", persisted=False))
    height_cm: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 1))
    height_in: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(6, 2), Computed('(`height_cm` / 2.54)', persisted=True))
    name_length: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(char_length(`first_name`))', persisted=True))
